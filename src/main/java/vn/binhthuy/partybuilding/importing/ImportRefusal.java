package vn.binhthuy.partybuilding.importing;

/** Stops reading a file at the first thing that makes it unreadable or too big; carries what to tell the user. */
final class ImportRefusal extends RuntimeException {

    private final transient ImportProblem problem;

    ImportRefusal(ImportProblem problem) {
        super(problem.messageKey(), null, false, false);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }

    /** The refusal somewhere in a chain of causes (an XML parser or CSV iterator may wrap it), or null. */
    static ImportRefusal in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ImportRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
