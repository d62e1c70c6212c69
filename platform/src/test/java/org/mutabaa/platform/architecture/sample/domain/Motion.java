package org.mutabaa.platform.architecture.sample.domain;

import org.mutabaa.platform.problem.ProblemException;

/** Breaks the rules on purpose: the domain throws an HTTP problem. */
public class Motion {

    public void adopt() {
        throw ProblemException.conflict("already adopted");
    }
}
