using System.Text;

namespace LtvKit.Ingest.Presets;

/// <summary>名寄せ of one orders file: each row's customer id made from its orderer's name and phone (or address).</summary>
/// <remarks>The rows of one order repeat the orderer, so the id of the last row's raw values is kept and reused.</remarks>
internal sealed class PersonIdentifier
{
    private readonly IdentifyRule _rule;
    private readonly int[] _name;
    private readonly int[] _contact;
    private readonly int _member;
    private readonly MatchLog _log;
    private readonly string _nameHeaders;
    private readonly string _contactHeaders;
    private readonly int[] _parts;
    private byte[] _raw = new byte[256];
    private byte[] _lastRaw = [];
    private byte[] _lastId = [];
    private string _lastName = "";
    private string _lastContact = "";

    /// <param name="member">The file's own customer id column (a member id, empty for guests), or −1.</param>
    public PersonIdentifier(string path, IReadOnlyList<string> headers, IdentifyRule rule, PersonColumnIndex columns, int member, MatchLog log)
    {
        _rule = rule;
        _name = columns.Name;
        _contact = rule == IdentifyRule.NamePhone ? columns.Phone : columns.Address;
        _member = member;
        _log = log;
        if (_name.Length == 0 || _contact.Length == 0)
            throw new InputException($"{path}: --identify {IdentifyRules.Name(rule)} needs the orderer's name and {IdentifyRules.Contact(rule)}, but the file has no {(_name.Length == 0 ? "name" : IdentifyRules.Contact(rule))} column. Headers found: {string.Join(", ", headers)}. Accepted names: {Accepted(rule, _name.Length == 0)}.");
        _parts = [.. _name, .. _contact];
        _nameHeaders = string.Join("+", _name.Select(i => headers[i]));
        _contactHeaders = string.Join("+", _contact.Select(i => headers[i]));
    }

    /// <summary>The row's customer id (ASCII bytes), or empty with <paramref name="column"/> and <paramref name="why"/> when the name or contact is blank.</summary>
    public ReadOnlySpan<byte> Identify(CsvSource source, ReadOnlySpan<byte> orderId, out string column, out string why)
    {
        column = "";
        why = "";
        var raw = Raw(source);
        if (!raw.SequenceEqual(_lastRaw))
        {
            var name = PersonKey.Name(Joined(source, _name));
            var contact = PersonKey.Contact(_rule, Joined(source, _contact));
            if (name.Length == 0 || contact.Length == 0)
            {
                column = name.Length == 0 ? _nameHeaders : _contactHeaders;
                why = $"名寄せ ({IdentifyRules.Name(_rule)}): the {(name.Length == 0 ? "name" : IdentifyRules.Contact(_rule))} is empty, so the row has no customer";
                _lastRaw = [];
                return [];
            }
            _lastRaw = raw.ToArray();
            _lastName = name;
            _lastContact = contact;
            _lastId = Encoding.ASCII.GetBytes(PersonKey.Id(_rule, name, contact));
        }
        _log.Add(Encoding.ASCII.GetString(_lastId), _lastName, _lastContact, orderId, _member < 0 ? null : Utf8Field.Trim(source[_member]).IsEmpty);
        return _lastId;
    }

    /// <summary>The row's raw name and contact cells, separated by U+001F, in a buffer reused from row to row.</summary>
    private ReadOnlySpan<byte> Raw(CsvSource source)
    {
        var length = 0;
        foreach (var i in _parts)
            length += source[i].Length + 1;
        if (_raw.Length < length)
            _raw = new byte[Math.Max(length, _raw.Length * 2)];
        var at = 0;
        foreach (var i in _parts)
        {
            source[i].CopyTo(_raw.AsSpan(at));
            at += source[i].Length;
            _raw[at++] = 0x1F;
        }
        return _raw.AsSpan(0, length);
    }

    private static string Joined(CsvSource source, int[] columns) => string.Concat(columns.Select(source.GetString));

    private static string Accepted(IdentifyRule rule, bool name)
    {
        var layouts = name ? PersonColumns.General.Name : rule == IdentifyRule.NamePhone ? PersonColumns.General.Phone : PersonColumns.General.Address;
        return string.Join(", ", layouts.Select(l => string.Join("+", l)));
    }
}
