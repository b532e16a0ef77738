package vn.binhthuy.partybuilding.base;

/**
 * Input a service refuses, before anything is changed: the key names the message shown to the user (next to the
 * field or in a notification), in the user's language.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** Values the message refers to ({0}, {1}…), e.g. the year that stands in the way. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
