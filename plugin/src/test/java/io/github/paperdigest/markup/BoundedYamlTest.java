package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The project's YAML files are read up to their own limits, not the YAML library's default (3 MB). */
class BoundedYamlTest {

    @Test
    void aTextUpToTheLimitIsReadAndALongerOneIsRefused() throws IOException {
        ObjectMapper yaml = new ObjectMapper(BoundedYaml.factory(100));
        String value = "x".repeat(100 - "key: ".length());

        assertEquals(value, yaml.readTree("key: " + value).path("key").asText());
        assertThrows(JsonProcessingException.class, () -> yaml.readTree("key: " + value + "xx"));
    }
}
