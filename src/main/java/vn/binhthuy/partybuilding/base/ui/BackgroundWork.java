package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Long work started from a view (an import's check or write, a backup) off the request thread, as the signed-in
 * user, with the view polling for its end (the application has no server push). It runs on Spring's application
 * task executor, so a stop of the application waits for it (spring.task.execution.shutdown.*) before the database
 * goes: an import confirmed just before a stop is written whole or rolled back, never cut by a closed connection.
 */
@Component
public class BackgroundWork {

    private static final int POLL_MILLIS = 500;

    private final AsyncTaskExecutor executor;

    BackgroundWork(@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work}; {@code whenDone} gets its result or its failure (unwrapped) in the UI's session. */
    public <T> CompletableFuture<T> run(UI ui, Supplier<T> work, BiConsumer<T, Throwable> whenDone) {
        SecurityContext security = SecurityContextHolder.getContext();
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
        // the returned stage ends once the outcome is handed to the UI, so a caller that waits for it sees the outcome
        return future.whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            whenDone.accept(result, failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
        }));
    }
}
