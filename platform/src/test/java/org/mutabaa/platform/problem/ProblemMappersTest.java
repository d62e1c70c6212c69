package org.mutabaa.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Which field a refused body names: a field given twice, wherever it is. */
class ProblemMappersTest {

    final ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    String duplicate(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> strict.readTree(json));
        return ProblemMappers.duplicateField(e);
    }

    @Test
    void aFieldGivenTwiceIsNamedByItsPath() {
        assertThat(duplicate("{\"titleAr\": \"اجتماع\", \"titleAr\": \"مزوّر\"}")).isEqualTo("titleAr");
        assertThat(duplicate("{\"delegations\": [{\"participants\": [{\"role\": \"HEAD\", \"role\": \"MEMBER\"}]}]}"))
                .isEqualTo("delegations[0].participants[0].role");
        assertThat(duplicate("{\"a\": 1, \"delegations\": [{}, {\"countryCode\": \"SY\", \"countryCode\": \"OM\"}]}"))
                .isEqualTo("delegations[1].countryCode");
        assertThat(duplicate("{\"meeting\": {\"timeZone\": \"Asia/Damascus\", \"timeZone\": \"UTC\"}}"))
                .isEqualTo("meeting.timeZone");
    }

    @Test
    void otherParseErrorsNameNoDuplicate() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> strict.readTree("{\"a\": "));
        assertThat(ProblemMappers.duplicateField(e)).isNull();
    }
}
