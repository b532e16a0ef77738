package vn.binhthuy.partybuilding.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Spring Security with Vaadin's configurer: every view needs an access annotation, the login view is ours,
 * CSRF stays on for everything but Vaadin's own (token-protected) requests. Passwords are bcrypt, behind the
 * delegating encoder so the algorithm can change later. Every signed-in session is registered, so that a change to an
 * account (roles, unit, disabled, password reset) can end that user's live sessions (UserAccountService).
 */
@Configuration
@EnableWebSecurity
// @Secured on services only. The views' @RolesAllowed and @PermitAll are checked by Vaadin's navigation access
// control; JSR-250 method security on top made Spring proxy every view instance and check each call on it
// (≈ 15 ms of every navigation, docs/benchmarks.md), guarding nothing the navigation check had not.
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // the chart library, the chart element, the stylesheet and the favicon are public, static files
                .requestMatchers("/_static/**", "/js/**", "/styles/**", "/icons/favicon.svg").permitAll()
                // health and readiness for monitoring: status only, no party data, no details
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // any number of sessions per user, but all of them known, so that they can be ended
        http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1).sessionRegistry(sessions).expiredSessionStrategy(continueSignedOut())));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id (Spring Boot registers it with the servlet container). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * A request in an ended session has been signed out by then (session invalidated, context cleared); it goes on
     * as an anonymous one: a page request is sent to the login page, and a Vaadin request (a click, a heartbeat)
     * gets Vaadin's own "session expired" answer, on which the browser reloads into the login page.
     */
    private static SessionInformationExpiredStrategy continueSignedOut() {
        return event -> event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        // our own refusals (braked, not ready, no database) are published too, so that LoginAttempts sees every one
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }
}
