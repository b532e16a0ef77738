package vn.binhthuy.partybuilding.base;

/**
 * Input a service refuses, before anything is changed: the key names the message shown to the user (next to the
 * field or in a notification), in the user's language.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;

    public InvalidInputException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
