package org.mutabaa.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON read by the services, request bodies and events alike, may name a field once only: with
 * {@code {"nameAr": "…", "nameAr": "…"}} two readers could disagree on which value counts (the
 * last wins in one, the first in another), so such a document is refused.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
