package cn.xuchang.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import cn.xuchang.directory.common.Pinyin;

/**
 * 检索索引 (search index): an inverted index in memory with one entry per name a citizen may use for a service, an
 * organization or a channel (its name, short name and aliases), under Chinese bigrams (Lucene's CJK analysis), the
 * exact text, pinyin syllable pairs, the whole pinyin spelling and initials; and per English name, under its English
 * words and the whole of them. A name scores the sum of the weights of the query's terms it holds: a hash lookup and
 * a walk of a short list per term, no per-query objects of a search engine.
 */
final class SearchIndex {

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

    /** The names' terms, "field\0term", each with the names (their positions, ascending) that hold it. */
    private final Map<String, int[]> postings;
    private final Name[] names;
    /** Per thread: each name's score for the query being answered, and which names have one. */
    private final ThreadLocal<Scratch> scratch;

    private SearchIndex(Map<String, int[]> postings, Name[] names) {
        this.postings = postings;
        this.names = names;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(names.length));
    }

    static SearchIndex build(List<Name> names) {
        Map<String, List<Integer>> terms = new HashMap<>();
        for (int position = 0; position < names.size(); position++) {
            for (String term : terms(names.get(position))) {
                terms.computeIfAbsent(term, k -> new ArrayList<>()).add(position);
            }
        }
        Map<String, int[]> postings = new HashMap<>(terms.size() * 2);
        terms.forEach((term, positions) -> postings.put(term, positions.stream().mapToInt(Integer::intValue).toArray()));
        return new SearchIndex(postings, names.toArray(Name[]::new));
    }

    /** Every term a name is found by, each once. */
    private static Set<String> terms(Name name) {
        Set<String> terms = new HashSet<>();
        String text = QueryText.normalize(name.text());
        if (name.english()) {
            List<String> stems = EnglishWords.stems(text);
            stems.forEach(stem -> terms.add(key(EN, stem)));
            terms.add(key(EN_EXACT, String.join(" ", stems)));
            return terms;
        }
        for (String bigram : chineseBigrams(text)) {
            terms.add(key(ZH, bigram));
        }
        terms.add(key(ZH_EXACT, text.replace(" ", "")));
        List<List<String>> readings = Pinyin.readings(text.replace(" ", ""));
        for (String bigram : SyllableForms.bigrams(readings)) {
            terms.add(key(PY, bigram));
        }
        for (String spelling : SyllableForms.spellings(readings)) {
            terms.add(key(PY_FULL, spelling));
        }
        for (String initials : SyllableForms.initials(readings)) {
            terms.add(key(PY_INIT, initials));
        }
        return terms;
    }

    private static String key(String field, String term) {
        return field + "\u0000" + term;
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
        for (String run : terms.chineseRuns()) {
            for (String bigram : chineseBigrams(run)) {
                query.add(ZH, bigram, CHINESE_PAIR);
            }
            query.add(ZH_EXACT, run, EXACT);
        }
        for (String bigram : SyllableForms.bigrams(terms.syllables())) {
            query.add(PY, bigram, PINYIN_PAIR);
        }
        if (terms.typedPinyin() && terms.syllables().size() >= 2) {
            for (String spelling : SyllableForms.spellings(terms.syllables())) {
                query.add(PY_FULL, spelling, SPELLING);
            }
        }
        for (String initials : terms.initials()) {
            query.add(PY_INIT, initials, INITIALS);
        }
        for (String stem : terms.english()) {
            query.add(EN, stem, ENGLISH_WORD);
        }
        if (!terms.english().isEmpty()) {
            query.add(EN_EXACT, String.join(" ", terms.english()), ENGLISH_EXACT);
        }
        if (query.weights.isEmpty()) {
            return List.of();
        }
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Scored scored : topScoring(query.weights, Math.max(max * 4, 20))) {
            Name name = names[scored.position()];
            Hit hit = new Hit(name.kind(), name.id(), name.text(), scored.score());
            best.merge(hit.kind() + ":" + hit.id(), hit, SearchIndex::better);
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble((Hit h) -> -h.score())
                .thenComparingInt(h -> h.matchedName().length())
                .thenComparing(h -> "service".equals(h.kind()) ? 0 : 1)
                .thenComparing(Hit::id));
        return hits.size() > max ? hits.subList(0, max) : hits;
    }

    /** A name by its position, with the score it got. */
    private record Scored(int position, float score) {
    }

    /**
     * The names scoring at least the minimum, at most {@code n}, best first (of equal scores the one indexed first):
     * each scores the sum of the weights of the terms it holds.
     */
    private List<Scored> topScoring(Map<String, Float> weights, int n) {
        Scratch s = scratch.get();
        s.clear();
        weights.forEach((term, weight) -> {
            int[] holders = postings.get(term);
            if (holders != null) {
                for (int position : holders) {
                    s.add(position, weight);
                }
            }
        });
        Comparator<Integer> worstFirst = (a, b) -> s.scores[a] != s.scores[b] ? Double.compare(s.scores[a], s.scores[b])
                : Integer.compare(b, a);
        PriorityQueue<Integer> top = new PriorityQueue<>(n + 1, worstFirst);
        for (int i = 0; i < s.touchedCount; i++) {
            int position = s.touched[i];
            if ((float) s.scores[position] >= MINIMUM_SCORE) {
                top.add(position);
                if (top.size() > n) {
                    top.poll();
                }
            }
        }
        Scored[] best = new Scored[top.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            int position = top.poll();
            best[i] = new Scored(position, (float) s.scores[position]);
        }
        return List.of(best);
    }

    private static Hit better(Hit a, Hit b) {
        if (a.score() != b.score()) {
            return a.score() > b.score() ? a : b;
        }
        return a.matchedName().length() <= b.matchedName().length() ? a : b;
    }

    /** The query's terms, each once with its weight; as many as a search engine's query would take. */
    private static final class Clauses {
        private static final int MAX_TERMS = 512;
        private static final int MAX_TERM_LENGTH = 64;
        final Map<String, Float> weights = new LinkedHashMap<>();

        void add(String field, String term, float weight) {
            if (term.length() <= MAX_TERM_LENGTH && weights.size() < MAX_TERMS) {
                weights.putIfAbsent(key(field, term), weight);
            }
        }
    }

    /** One thread's working space: a score per name and the names scored so far. */
    private static final class Scratch {
        final double[] scores;
        final int[] touched;
        int touchedCount;

        Scratch(int names) {
            scores = new double[names];
            touched = new int[names];
        }

        void add(int position, float weight) {
            if (scores[position] == 0) {
                touched[touchedCount++] = position;
            }
            scores[position] += weight;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                scores[touched[i]] = 0;
            }
            touchedCount = 0;
        }
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
