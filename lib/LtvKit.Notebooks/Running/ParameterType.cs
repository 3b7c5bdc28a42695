using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace LtvKit.Notebooks.Running;

/// <summary>
/// The C# type of a notebook parameter, as its declaration in the <c>parameters</c> cell says, and
/// how a given value becomes a C# literal of that type.
/// </summary>
/// <remarks>
/// Known: <c>string</c>, <c>bool</c>, <c>int</c>, <c>long</c>, <c>double</c>, <c>decimal</c>,
/// <c>DateOnly</c> (written <c>yyyy-MM-dd</c>), each value type also nullable (<c>int?</c>,
/// <c>DateOnly?</c>: <c>null</c> or an empty text is null), and arrays of them (<c>string[]</c>).
/// A value is a JSON value (from <c>--params-file</c>) or a text (from <c>--param</c>, parsed in the
/// invariant culture); an array takes a JSON array, or one item per <c>--param</c>.
/// </remarks>
public sealed record ParameterType(string Scalar, bool Nullable, bool Array)
{
    private static readonly string[] Scalars = ["string", "bool", "int", "long", "double", "decimal", "DateOnly"];

    /// <summary>The types a parameter may have, as a sentence for error messages.</summary>
    public static string KnownTypes => string.Join(", ", Scalars) + " (value types also nullable, T?), and arrays of them (T[])";

    /// <summary>The type written in C# (<c>DateOnly?</c>, <c>string[]</c>).</summary>
    public string Name => Scalar + (Nullable ? "?" : "") + (Array ? "[]" : "");

    /// <summary>The type of a declaration's type syntax (<c>int?</c>, <c>System.String</c>, <c>string[]</c>), or null when it is not one of the known types.</summary>
    public static ParameterType? FromName(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var name = string.Concat(typeName.Where(c => !char.IsWhiteSpace(c)));
        var array = name.EndsWith("[]", StringComparison.Ordinal);
        if (array)
            name = name[..^2];
        var nullable = name.EndsWith('?');
        if (nullable)
            name = name[..^1];
        var scalar = name switch
        {
            "string" or "String" or "System.String" => "string",
            "bool" or "Boolean" or "System.Boolean" => "bool",
            "int" or "Int32" or "System.Int32" => "int",
            "long" or "Int64" or "System.Int64" => "long",
            "double" or "Double" or "System.Double" => "double",
            "decimal" or "Decimal" or "System.Decimal" => "decimal",
            "DateOnly" or "System.DateOnly" => "DateOnly",
            _ => null,
        };
        // A nullable string is a string (null stays possible); T?[] is not supported, to keep the rules short.
        if (scalar is null || (nullable && array))
            return null;
        return new ParameterType(scalar, nullable && scalar != "string", array);
    }

    /// <summary>The C# expression of <paramref name="value"/> in this type, and the value as JSON of this type (for the notebook's metadata).</summary>
    /// <exception cref="ParameterException">The value is not of this type; the message names the parameter.</exception>
    public (string Literal, JsonNode? Json) Convert(string parameter, JsonNode? value)
    {
        if (!Array)
            return ConvertScalar(parameter, value);
        var items = value is JsonArray array ? [.. array] : new List<JsonNode?> { value };
        var converted = items.Select(item => ConvertScalar(parameter, item)).ToList();
        return ($"new {Name} {{ {string.Join(", ", converted.Select(c => c.Literal))} }}",
                new JsonArray([.. converted.Select(c => c.Json)]));
    }

    private (string Literal, JsonNode? Json) ConvertScalar(string parameter, JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var text = kind == JsonValueKind.String ? value!.GetValue<string>() : value?.ToJsonString();
        if (kind is JsonValueKind.Array or JsonValueKind.Object)
            throw Wrong(parameter, text, "one value, not a list or an object");
        if (kind == JsonValueKind.Null || (Nullable && text is "" or "null"))
        {
            return Scalar == "string" || Nullable
                ? ("null", null)
                : throw Wrong(parameter, "null", $"a value ({Name} cannot be null)");
        }
        var invariant = CultureInfo.InvariantCulture;
        switch (Scalar)
        {
            case "string":
                if (kind != JsonValueKind.String)
                    throw Wrong(parameter, text, "a text (in JSON, a quoted string)");
                return (SymbolDisplay.FormatLiteral(text!, quote: true), JsonValue.Create(text));
            case "bool":
                return bool.TryParse(text, out var b)
                    ? (b ? "true" : "false", JsonValue.Create(b))
                    : throw Wrong(parameter, text, "true or false");
            case "int":
                return int.TryParse(text, NumberStyles.Integer, invariant, out var i)
                    ? (i.ToString(invariant), JsonValue.Create(i))
                    : throw Wrong(parameter, text, "a whole number (int)");
            case "long":
                return long.TryParse(text, NumberStyles.Integer, invariant, out var l)
                    ? (l.ToString(invariant) + "L", JsonValue.Create(l))
                    : throw Wrong(parameter, text, "a whole number (long)");
            case "double":
                return double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d)
                    ? (d.ToString("R", invariant) + "d", JsonValue.Create(d))
                    : throw Wrong(parameter, text, "a number (double), e.g. 0.6");
            case "decimal":
                return decimal.TryParse(text, NumberStyles.Float, invariant, out var m)
                    ? (m.ToString(invariant) + "m", JsonValue.Create(m))
                    : throw Wrong(parameter, text, "a number (decimal), e.g. 70000");
            default:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date)
                    ? (string.Create(invariant, $"new System.DateOnly({date.Year}, {date.Month}, {date.Day})"), JsonValue.Create(date.ToString("yyyy-MM-dd", invariant)))
                    : throw Wrong(parameter, text, "a date, yyyy-MM-dd");
        }
    }

    private ParameterException Wrong(string parameter, string? text, string expected) =>
        new($"parameter {parameter}: '{text}' is not {expected}: the notebook declares it as {Name}.");
}
