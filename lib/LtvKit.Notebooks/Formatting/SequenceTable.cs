using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LtvKit.Notebooks.Formatting;

/// <summary>A sequence of records or objects as a table of their public properties; a sequence of plain values as one column.</summary>
/// <remarks>
/// Only the first <c>maxRows + 1</c> items are enumerated (a lazy query is not run to its end);
/// the caption gives the total when the sequence knows its count.
/// </remarks>
internal static class SequenceTable
{
    public static Table Create(IEnumerable sequence, int maxRows)
    {
        var items = new List<object?>();
        var more = false;
        foreach (var item in sequence)
        {
            if (items.Count == maxRows)
            {
                more = true;
                break;
            }
            items.Add(item);
        }

        var elementType = ElementType(sequence.GetType(), items);
        var properties = IsScalar(elementType) ? [] : PublicProperties(elementType);
        IReadOnlyList<string> columns = properties.Count == 0 ? ["value"] : [.. properties.Select(p => p.Name)];
        var rows = items
            .Select(item => properties.Count == 0 ? [item] : (IReadOnlyList<object?>)[.. properties.Select(p => Read(p, item))])
            .ToList();

        int? total = sequence switch
        {
            ICollection c => c.Count,
            _ => CountOfReadOnlyCollection(sequence),
        };
        // A LINQ query's runtime type is an internal iterator (IListSelectIterator<…>): name it as the cell's code sees it.
        var type = sequence.GetType();
        var name = type.IsArray || (type.IsGenericType ? type.GetGenericTypeDefinition() : type).IsVisible
            ? FriendlyName(type)
            : $"IEnumerable<{FriendlyName(elementType)}>";
        var shown = total is { } n
            ? (n > items.Count ? $"first {items.Count} of {n:N0} rows" : $"{n:N0} rows")
            : (more ? $"first {items.Count} rows" : $"{items.Count:N0} rows");
        return new Table(columns, rows, string.Create(CultureInfo.InvariantCulture, $"{name}: {shown} × {columns.Count} columns"));
    }

    /// <summary>Values shown whole rather than as a row of properties.</summary>
    internal static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
        || type == typeof(Guid) || type == typeof(object) || (Nullable.GetUnderlyingType(type) is { } inner && IsScalar(inner));

    /// <summary>"List&lt;Customer&gt;" rather than "System.Collections.Generic.List`1[…]".</summary>
    internal static string FriendlyName(Type type)
    {
        if (type.IsArray)
            return FriendlyName(type.GetElementType()!) + "[]";
        if (IsAnonymous(type))
            return "anonymous";
        if (!type.IsGenericType)
            return type.Name;
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick > 0)
            name = name[..tick];
        if (name.StartsWith('<'))
            return "query";
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(FriendlyName))}>";
    }

    private static bool IsAnonymous(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal);

    private static Type ElementType(Type sequenceType, List<object?> items)
    {
        var declared = sequenceType.IsArray
            ? sequenceType.GetElementType()!
            : sequenceType.GetInterfaces().Append(sequenceType)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0] ?? typeof(object);
        if (declared.IsSealed || declared.IsValueType)
            return declared;
        // object, an interface or a base class: the first item's own type says which properties there are.
        return items.FirstOrDefault(i => i is not null)?.GetType() is { } actual && declared.IsAssignableFrom(actual) ? actual : declared;
    }

    private static List<PropertyInfo> PublicProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .Where(p => !(p.Name == "EqualityContract" && p.PropertyType == typeof(Type)))];

    private static object? Read(PropertyInfo property, object? item)
    {
        if (item is null || !property.DeclaringType!.IsInstanceOfType(item))
            return null;
        try
        {
            return property.GetValue(item);
        }
        catch (TargetInvocationException e)
        {
            return $"‹{e.InnerException?.GetType().Name ?? "error"}›";
        }
    }

    private static int? CountOfReadOnlyCollection(object sequence)
    {
        var counted = sequence.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>));
        return counted?.GetProperty("Count")?.GetValue(sequence) as int?;
    }
}
