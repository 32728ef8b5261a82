using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Querying;

/// <summary>Counts the matches of a query by the values of sorted doc-values fields (type, unit), segment by segment.</summary>
internal sealed class FacetCollector(params string[] fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Length];
    private int[][] _segmentCounts = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, int> CountsOf(string field)
    {
        Flush();
        return _counts[field];
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        Total++;
        for (var i = 0; i < _values.Length; i++)
        {
            var ord = _values[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
                _segmentCounts[i][ord]++;
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Length; i++)
            _values[i] = context.AtomicReader.GetSortedDocValues(fields[i]);
        _segmentCounts = _values.Select(v => new int[v?.ValueCount ?? 0]).ToArray();
    }

    public bool AcceptsDocsOutOfOrder => true;

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            for (var ord = 0; ord < _segmentCounts[i].Length; ord++)
            {
                if (_segmentCounts[i][ord] == 0)
                    continue;
                _values[i]!.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _counts[fields[i]][key] = _counts[fields[i]].GetValueOrDefault(key) + _segmentCounts[i][ord];
            }
        }

        _segmentCounts = [];
    }
}
