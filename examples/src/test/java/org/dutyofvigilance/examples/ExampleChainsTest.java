package org.dutyofvigilance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.json.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in examples/chains is valid against the shipped JSON Schema and reads without structural errors. */
class ExampleChainsTest {
    private static final Path CHAINS = Path.of("chains");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Vigilance.schema());

    static Stream<Path> chains() throws IOException {
        try (Stream<Path> files = Files.list(CHAINS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(list.isEmpty(), "no example chains found in " + CHAINS.toAbsolutePath());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("chains")
    void exampleIsValidAgainstTheSchema(Path file) throws IOException {
        JsonNode json = StrictJson.mapper().readTree(file.toFile());
        Set<ValidationMessage> errors = SCHEMA.validate(json);
        assertEquals(Set.of(), errors, file.toString());
    }

    @ParameterizedTest
    @MethodSource("chains")
    void exampleReadsWithoutStructuralErrors(Path file) {
        var findings = StructuralCheck.check(Vigilance.read(file));
        assertFalse(StructuralCheck.hasErrors(findings), () -> file + ": " + findings);
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws IOException {
        String flagship = Files.readString(CHAINS.resolve("flagship.json"));
        JsonNode unknownField = StrictJson.mapper().readTree(flagship.replace("\"legalName\": \"Kazi Data Services Ltd\"",
                "\"legalName\": \"Kazi Data Services Ltd\", \"legalNmae\": \"x\""));
        assertTrue(SCHEMA.validate(unknownField).stream().anyMatch(m -> m.getMessage().contains("legalNmae")));
        JsonNode negative = StrictJson.mapper().readTree(flagship.replace("\"amount\": 1.5,", "\"amount\": -1.5,"));
        assertFalse(SCHEMA.validate(negative).isEmpty());
        JsonNode badEnum = StrictJson.mapper().readTree(flagship.replace("\"role\": \"vendor\"", "\"role\": \"supplier\""));
        assertFalse(SCHEMA.validate(badEnum).isEmpty());
    }
}
