package cn.xuchang.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * 英文词 (English words): the stems Lucene's English analyzer makes of English names and of the Latin words of a
 * query (loans → loan), without English stop words and the words that name no service (hotline, phone, where:
 * search/english-fillers.txt).
 */
final class EnglishWords {

    static final String FIELD = "en";
    private static final Analyzer ENGLISH = new EnglishAnalyzer(stopWords());

    private EnglishWords() {
    }

    /** The stems of the text's English words, in order; the text is already normalized (QueryText). */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = ENGLISH.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        try (InputStream in = EnglishWords.class.getResourceAsStream("/search/english-fillers.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
