package cn.xuchang.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import cn.xuchang.directory.common.Pinyin;

/**
 * 检索索引 (search index): an in-process Lucene index with one document per name a citizen may use for
 * a service, an organization or a channel (its name, short name and aliases), under Chinese bigrams, the exact
 * text, pinyin syllable pairs, the whole pinyin spelling and initials; and per English name, under its English
 * words and the whole of them.
 */
final class SearchIndex {

    static final String KIND = "kind";
    static final String ID = "id";
    static final String TEXT = "text";
    private static final String ZH = "zh";
    private static final String ZH_EXACT = "zh_exact";
    private static final String PY = "py";
    private static final String PY_FULL = "py_full";
    private static final String PY_INIT = "py_init";
    private static final String EN = EnglishWords.FIELD;
    private static final String EN_EXACT = "en_exact";

    static final float CHINESE_PAIR = 2f;
    static final float PINYIN_PAIR = 1f;
    static final float EXACT = 20f;
    static final float SPELLING = 16f;
    static final float INITIALS = 12f;
    static final float MINIMUM_SCORE = 2f;
    /** An English word of the query in the name (loan); all of them, and nothing else, make the whole name. */
    static final float ENGLISH_WORD = 4f;
    static final float ENGLISH_EXACT = 8f;

    private static final Analyzer CJK = new CJKAnalyzer();

    /** One name of an entity to index; an English one is indexed by its English words only. */
    record Name(String kind, String id, String text, boolean english) {

        Name(String kind, String id, String text) {
            this(kind, id, text, false);
        }
    }

    /** An entity that matched, with its best-matching name and score. */
    record Hit(String kind, String id, String matchedName, float score) {
    }

    private final IndexSearcher searcher;

    private SearchIndex(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    static SearchIndex build(List<Name> names) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CJK))) {
            for (Name name : names) {
                writer.addDocument(document(name));
            }
            writer.commit();
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Name name) {
        Document doc = new Document();
        doc.add(new StringField(KIND, name.kind(), Field.Store.YES));
        doc.add(new StringField(ID, name.id(), Field.Store.YES));
        doc.add(new StoredField(TEXT, name.text()));
        String text = QueryText.normalize(name.text());
        if (name.english()) {
            List<String> stems = EnglishWords.stems(text);
            stems.forEach(stem -> doc.add(new StringField(EN, stem, Field.Store.NO)));
            doc.add(new StringField(EN_EXACT, String.join(" ", stems), Field.Store.NO));
            return doc;
        }
        doc.add(new TextField(ZH, text, Field.Store.NO));
        doc.add(new StringField(ZH_EXACT, text.replace(" ", ""), Field.Store.NO));
        List<List<String>> readings = Pinyin.readings(text.replace(" ", ""));
        for (String bigram : SyllableForms.bigrams(readings)) {
            doc.add(new StringField(PY, bigram, Field.Store.NO));
        }
        for (String spelling : SyllableForms.spellings(readings)) {
            doc.add(new StringField(PY_FULL, spelling, Field.Store.NO));
        }
        for (String initials : SyllableForms.initials(readings)) {
            doc.add(new StringField(PY_INIT, initials, Field.Store.NO));
        }
        return doc;
    }

    /**
     * What a query asks the index: Chinese runs, the syllable readings of the whole text, initials, and the stems of
     * its Latin words read as English.
     */
    record Terms(List<String> chineseRuns, List<List<String>> syllables, List<String> initials, boolean typedPinyin,
            List<String> english) {

        boolean isEmpty() {
            return chineseRuns.isEmpty() && syllables.isEmpty() && initials.isEmpty() && english.isEmpty();
        }
    }

    /** Entities matching the terms, best first; a name scoring under the minimum is no match. */
    List<Hit> search(Terms terms, int max) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Clauses query = new Clauses();
        int clauses = 0;
        for (String run : terms.chineseRuns()) {
            for (String bigram : chineseBigrams(run)) {
                clauses += add(query, ZH, bigram, CHINESE_PAIR);
            }
            clauses += add(query, ZH_EXACT, run, EXACT);
        }
        for (String bigram : SyllableForms.bigrams(terms.syllables())) {
            clauses += add(query, PY, bigram, PINYIN_PAIR);
        }
        if (terms.typedPinyin() && terms.syllables().size() >= 2) {
            for (String spelling : SyllableForms.spellings(terms.syllables())) {
                clauses += add(query, PY_FULL, spelling, SPELLING);
            }
        }
        for (String initials : terms.initials()) {
            clauses += add(query, PY_INIT, initials, INITIALS);
        }
        for (String stem : terms.english()) {
            clauses += add(query, EN, stem, ENGLISH_WORD);
        }
        if (!terms.english().isEmpty()) {
            clauses += add(query, EN_EXACT, String.join(" ", terms.english()), ENGLISH_EXACT);
        }
        if (clauses == 0) {
            return List.of();
        }
        try {
            Map<String, Hit> best = new LinkedHashMap<>();
            for (ScoreDoc scored : searcher.search(query.builder.build(), Math.max(max * 4, 20)).scoreDocs) {
                if (scored.score < MINIMUM_SCORE) {
                    continue;
                }
                Document doc = searcher.storedFields().document(scored.doc);
                Hit hit = new Hit(doc.get(KIND), doc.get(ID), doc.get(TEXT), scored.score);
                best.merge(hit.kind() + ":" + hit.id(), hit, SearchIndex::better);
            }
            List<Hit> hits = new ArrayList<>(best.values());
            hits.sort(Comparator.comparingDouble((Hit h) -> -h.score())
                    .thenComparingInt(h -> h.matchedName().length())
                    .thenComparing(h -> "service".equals(h.kind()) ? 0 : 1)
                    .thenComparing(Hit::id));
            return hits.size() > max ? hits.subList(0, max) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hit better(Hit a, Hit b) {
        if (a.score() != b.score()) {
            return a.score() > b.score() ? a : b;
        }
        return a.matchedName().length() <= b.matchedName().length() ? a : b;
    }

    /** The query's clauses, each term once, each scoring its boost when it matches. */
    private static final class Clauses {
        final BooleanQuery.Builder builder = new BooleanQuery.Builder();
        final java.util.Set<String> seen = new java.util.HashSet<>();
    }

    private static int add(Clauses query, String field, String term, float boost) {
        if (term.length() > 64 || !query.seen.add(field + "\u0000" + term)
                || query.seen.size() > IndexSearcher.getMaxClauseCount() / 2) {
            return 0;
        }
        Query clause = new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), boost);
        query.builder.add(clause, BooleanClause.Occur.SHOULD);
        return 1;
    }

    static List<String> chineseBigrams(String run) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = CJK.tokenStream(ZH, run)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
