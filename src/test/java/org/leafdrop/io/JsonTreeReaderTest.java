package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leafdrop.model.Problem;

/** The located JSON tree: positions, exact numbers, duplicates and limits. */
class JsonTreeReaderTest {
    private static JsonValue parse(String json, ProblemLog log) {
        return JsonTreeReader.read(json, log).orElseThrow();
    }

    @Test
    void nodesCarryTheLineAndColumnOfTheirToken() {
        ProblemLog log = new ProblemLog(Optional.empty());
        JsonValue.JsonObject root = (JsonValue.JsonObject) parse("{\n  \"a\": [1,\n    \"x\"],\n \"b\": null}", log);

        assertThat(root.line()).isEqualTo(1);
        assertThat(root.column()).isEqualTo(1);
        JsonValue.Member a = root.member("a").orElseThrow();
        assertThat(List.of(a.nameLine(), a.nameColumn())).containsExactly(2, 3);
        JsonValue.JsonArray array = (JsonValue.JsonArray) a.value();
        assertThat(List.of(array.line(), array.column())).containsExactly(2, 8);
        JsonValue x = array.items().get(1);
        assertThat(List.of(x.line(), x.column())).containsExactly(3, 5);
        assertThat(root.member("b").orElseThrow().value()).isInstanceOf(JsonValue.JsonNull.class);
        assertThat(log.inFileOrder()).isEmpty();
    }

    @Test
    void numbersKeepTheirExactValue() {
        ProblemLog log = new ProblemLog(Optional.empty());
        JsonValue.JsonArray a = (JsonValue.JsonArray) parse("[9007199254740993, 5e5, 2.50, -0.1, 1e999]", log);

        assertThat(a.items().get(0).toPlain()).isEqualTo(9007199254740993L);
        assertThat(((JsonValue.JsonNumber) a.items().get(1)).isWhole()).isTrue();
        assertThat(((JsonValue.JsonNumber) a.items().get(2)).isWhole()).isFalse();
        assertThat(a.items().get(2).toPlain()).hasToString("2.50");
        assertThat(((JsonValue.JsonNumber) a.items().get(4)).doubleValue()).isInfinite();
    }

    @Test
    void reportsEveryDuplicateFieldAndKeepsTheFirstValue() {
        ProblemLog log = new ProblemLog(Optional.empty());
        JsonValue.JsonObject root = (JsonValue.JsonObject) parse("{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}, \"a\": 3}", log);

        assertThat(log.inFileOrder()).extracting(Problem::jsonPath).containsExactly("$.b.c", "$.a");
        assertThat(log.inFileOrder()).allSatisfy(p -> assertThat(p.message()).startsWith("duplicate field"));
        assertThat(root.member("a").orElseThrow().value().toPlain()).isEqualTo(1L);
    }

    @Test
    void acceptsNestingOf64LevelsButNotMore() {
        ProblemLog ok = new ProblemLog(Optional.empty());
        assertThat(JsonTreeReader.read("[".repeat(64) + "]".repeat(64), ok)).isPresent();

        ProblemLog deep = new ProblemLog(Optional.empty());
        assertThat(JsonTreeReader.read("[".repeat(65) + "]".repeat(65), deep)).isEmpty();
        assertThat(deep.inFileOrder()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(65);
            assertThat(p.message()).isEqualTo("JSON nesting deeper than 64 levels");
        });
    }

    @Test
    void veryDeepInputFailsCleanlyWithoutStackOverflow() {
        ProblemLog log = new ProblemLog(Optional.empty());
        assertThat(JsonTreeReader.read("[".repeat(100_000), log)).isEmpty();
        assertThat(log.inFileOrder()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nesting deeper than 64"));
    }

    @Test
    void overlongNumberIsAMalformedJsonProblem() {
        ProblemLog log = new ProblemLog(Optional.empty());
        assertThat(JsonTreeReader.read("{\"a\":\n [" + "1".repeat(2000) + "]}", log)).isEmpty();
        assertThat(log.inFileOrder()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("malformed JSON: Number value length").doesNotContain("Exception");
        });
    }

    @Test
    void quotesOddMemberNamesInPaths() {
        assertThat(JsonPaths.member("$", "plain_Name1")).isEqualTo("$.plain_Name1");
        assertThat(JsonPaths.member("$", "with space")).isEqualTo("$['with space']");
        assertThat(JsonPaths.member("$", "it's")).isEqualTo("$['it\\'s']");
    }
}
