package org.mutabaa.actions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.DecisionRef;
import org.mutabaa.actions.events.ActionPerson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people a decision's last event named, as its {@link DecisionRef} keeps them (JSON): its
 * owning officials, told of each action's status, and each country's head of delegation, to whom
 * an overdue action escalates.
 */
@ApplicationScoped
public class DecisionPeople {

    private static final TypeReference<List<ActionPerson>> PEOPLE = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public DecisionPeople(ObjectMapper json) {
        this.json = json;
    }

    /** The decision's owning officials. */
    public List<ActionPerson> owners(DecisionRef decision) {
        return read(decision.owners);
    }

    /** The head of delegation of a country at the decision's meeting, when known. */
    public Optional<ActionPerson> head(DecisionRef decision, String countryCode) {
        return read(decision.heads).stream().filter(h -> Objects.equals(h.countryCode(), countryCode)).findFirst();
    }

    /** People as the decision keeps them. */
    public String write(List<ActionPerson> people) {
        try {
            return json.writeValueAsString(people);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ActionPerson> read(String people) {
        try {
            return json.readValue(people, PEOPLE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
