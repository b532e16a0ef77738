package vn.binhthuy.partybuilding.database;

/** The embedded database could not be started; {@link #action()} says what the person starting it can do. */
public class EmbeddedDatabaseException extends IllegalStateException {

    private final String action;

    public EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
