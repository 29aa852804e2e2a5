using Insights.Core.Tabulation;

namespace Insights.Core.Disclosure;

/// <summary>
/// The numbers of one or more tables as one system: every printed number (a term of some table), its value when
/// published, the units that are withheld together (a cell's count with its base), and the relations between
/// them, the tables' own and the cross-table links as equalities.
/// </summary>
internal sealed class TermSystem
{
    private readonly Dictionary<(int Table, TableTerm Term), int> _index = [];
    private readonly List<(int Table, TableTerm Term)> _terms = [];
    private readonly List<long?> _values = [];
    private readonly List<int> _units = [];
    private List<int>?[]? _unitTerms;

    internal TermSystem(IReadOnlyList<Table> tables, IReadOnlyList<CrossTableLink> links)
    {
        Tables = tables;
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var (count, @base) = table.Rows[r].Cells[c] switch
                    {
                        CountCell cell => ((long?)cell.Count, (long?)cell.Base),
                        StatisticCell { Source: { } source } => (source.Count, source.Base),
                        SuppressedCell => (null, null),
                        _ => ((long?)-1, (long?)-1),
                    };
                    if (count == -1)
                    {
                        continue;
                    }

                    var unit = Add(t, TableTerm.Cell(r, c), count, unit: null);
                    Add(t, TableTerm.CellBase(r, c), @base, unit);
                }
            }

            for (var b = 0; b < table.Bases.Count; b++)
            {
                Add(t, TableTerm.Base(b), table.Bases[b].IsSuppressed ? null : table.Bases[b].N, unit: null);
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].Base is { } columnBase)
                {
                    Add(t, TableTerm.ColumnBase(c), columnBase, unit: null);
                }
                else if (table.Columns[c].IsBaseSuppressed)
                {
                    Add(t, TableTerm.ColumnBase(c), null, unit: null);
                }
            }
        }

        var relations = new List<Relation>();
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var relation in tables[t].Relations)
            {
                relations.Add(new Relation(relation.Kind, Term(t, relation.Target), [.. relation.Members.Select(m => Term(t, m))]));
            }
        }

        foreach (var link in links)
        {
            if (link.FirstTable >= tables.Count || link.SecondTable >= tables.Count
                || !TableRelationChecks.Exists(tables[link.FirstTable], link.First) || !TableRelationChecks.Exists(tables[link.SecondTable], link.Second))
            {
                throw new ArgumentException("A cross-table link names a table or number the report does not have.", nameof(links));
            }

            relations.Add(new Relation(TableRelationKind.Sum, Term(link.FirstTable, link.First), [Term(link.SecondTable, link.Second)]));
        }

        Relations = relations;
        RelationsOf = new List<int>[_terms.Count];
        for (var i = 0; i < RelationsOf.Length; i++)
        {
            RelationsOf[i] = [];
        }

        for (var r = 0; r < relations.Count; r++)
        {
            foreach (var term in relations[r].Terms.Distinct())
            {
                RelationsOf[term].Add(r);
            }
        }
    }

    internal IReadOnlyList<Table> Tables { get; }

    internal int Count => _terms.Count;

    internal IReadOnlyList<Relation> Relations { get; }

    /// <summary>The relations each term is in.</summary>
    internal List<int>[] RelationsOf { get; private set; }

    internal (int Table, TableTerm Term) At(int term) => _terms[term];

    /// <summary>The value of a term, or null when it is withheld or hidden.</summary>
    internal long? Value(int term) => _values[term];

    /// <summary>The term that stands for the unit a term is withheld with (a cell's count for its base).</summary>
    internal int UnitOf(int term) => _units[term];

    /// <summary>The index of a table's term, or null when the system does not have it.</summary>
    internal int? IndexOf(int table, TableTerm term) => _index.TryGetValue((table, term), out var index) ? index : null;

    /// <summary>The terms withheld together with <paramref name="unit"/> (itself included).</summary>
    internal IReadOnlyList<int> TermsOfUnit(int unit)
    {
        if (_unitTerms is null)
        {
            var terms = new List<int>[_terms.Count];
            for (var t = 0; t < _terms.Count; t++)
            {
                (terms[_units[t]] ??= []).Add(t);
            }

            _unitTerms = terms;
        }

        return (IReadOnlyList<int>?)_unitTerms[unit] ?? [];
    }

    internal bool IsHidden(int term) => _terms[term].Term.Kind == TableTermKind.Hidden;

    /// <summary>
    /// The lower bound a reader can assume for a withheld term: zeros are published, so a withheld count is at least
    /// 1, unless the base it is a share of is withheld or never printed (a stacked part's n): such a cell may be
    /// withheld whatever its count, 0 too.
    /// Bases withheld are never 0 (a 0 base is published); cell bases and hidden quantities may be 0.
    /// </summary>
    internal long LowerBound(int term, Func<int, bool> withheld)
    {
        var (table, t) = _terms[term];
        switch (t.Kind)
        {
            case TableTermKind.Base or TableTermKind.ColumnBase:
                return 1;
            case TableTermKind.Cell:
                if (Tables[table].Rows[t.Row].Cells[t.Column] is SuppressedCell && !HasCellBase(term))
                {
                    return 0;
                }

                var cellBase = _index[(table, TableTerm.CellBase(t.Row, t.Column))];
                return RelationsOf[cellBase].Any(r => Relations[r].Kind == TableRelationKind.Sum && Relations[r].Target == cellBase
                    && Relations[r].Members.Any(m => m != term && (withheld(m) || IsHidden(m)))) ? 0 : 1;
            default:
                return 0;
        }
    }

    private bool HasCellBase(int term)
    {
        var (table, t) = _terms[term];
        return _index.ContainsKey((table, TableTerm.CellBase(t.Row, t.Column))) && RelationsOf[term].Count > 0;
    }

    private int Add(int table, TableTerm term, long? value, int? unit)
    {
        var index = _terms.Count;
        _index[(table, term)] = index;
        _terms.Add((table, term));
        _values.Add(value);
        _units.Add(unit ?? index);
        return index;
    }

    private int Term(int table, TableTerm term)
    {
        if (_index.TryGetValue((table, term), out var index))
        {
            return index;
        }

        if (term.Kind != TableTermKind.Hidden)
        {
            throw new ArgumentException($"A relation of table '{Tables[table].Title}' names {term}, which it does not print.", nameof(term));
        }

        index = Add(table, term, null, unit: null);
        return index;
    }

    /// <summary>A relation over the system's term indices.</summary>
    internal sealed record Relation(TableRelationKind Kind, int Target, int[] Members)
    {
        internal IEnumerable<int> Terms => Members.Prepend(Target);
    }
}
