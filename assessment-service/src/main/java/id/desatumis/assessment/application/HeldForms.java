package id.desatumis.assessment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import jakarta.enterprise.context.ApplicationScoped;

/** A held form as it waits for its household: the visit as JSON, read back when the household is announced. */
@ApplicationScoped
public class HeldForms {

    private final ObjectMapper mapper;

    public HeldForms(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(AssessmentSubmitted visit) {
        try {
            return mapper.writeValueAsString(visit);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a visit cannot be written as JSON", e);
        }
    }

    public AssessmentSubmitted read(String json) {
        try {
            return mapper.readValue(json, AssessmentSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held form cannot be read", e);
        }
    }
}
