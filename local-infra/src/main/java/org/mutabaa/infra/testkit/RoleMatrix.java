package org.mutabaa.infra.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Each role against each call of an API: a role that may make the call gets the call's status,
 * any other a 403 problem+json. The tests of each service give their calls, made with their own
 * HTTP client; {@link #wrong} lists every answer that differs from what the role should see.
 */
public final class RoleMatrix {

    /** The suite's roles, and a token with none of them. */
    public enum Role { ADMIN, SECRETARIAT, OFFICIAL, NONE }

    public static final List<Role> ALL = List.of(Role.ADMIN, Role.SECRETARIAT, Role.OFFICIAL);
    public static final List<Role> MANAGERS = List.of(Role.ADMIN, Role.SECRETARIAT);

    /** A call: what it is, how to make it with a request of the role's, its status when allowed, who may. */
    public record Call<S, R>(String name, Function<S, R> send, int allowed, List<Role> may) {
    }

    private RoleMatrix() {
    }

    /**
     * Makes every call as every role ({@code as} gives a request carrying that role's token) and
     * returns the answers that are not what that role should see: one line each.
     */
    public static <S, R> List<String> wrong(List<Call<S, R>> calls, Function<Role, S> as, ToIntFunction<R> status,
                                            Function<R, String> contentType) {
        List<String> wrong = new ArrayList<>();
        for (Call<S, R> call : calls) {
            for (Role role : Role.values()) {
                R answer = call.send().apply(as.apply(role));
                int expected = call.may().contains(role) ? call.allowed() : 403;
                String type = contentType.apply(answer);
                if (status.applyAsInt(answer) != expected
                        || (expected == 403 && (type == null || !type.startsWith("application/problem+json")))) {
                    wrong.add(role + " " + call.name() + ": " + status.applyAsInt(answer) + " instead of " + expected);
                }
            }
        }
        return wrong;
    }
}
