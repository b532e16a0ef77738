package vn.binhthuy.partybuilding.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hardening headers on every response - pages, the login page, UIDL answers, downloads and static files alike -
 * including those Vaadin's security configurer lets past the Spring Security chain.
 * <p>
 * The Content-Security-Policy allows scripts only from this origin or carrying this response's nonce
 * (ScriptNonce in security.ui puts it on the bootstrap page's own inline scripts), so no inline script that came in with
 * data can run. 'unsafe-eval' stays because Vaadin's client builds functions from the expressions the server sends
 * (executeJs), which are the application's code, not data. Styles allow inline because Vaadin's components set
 * style attributes; images allow data: and blob: for the charts' PNG export.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /** Request attribute holding this response's script nonce. */
    public static final String NONCE = SecurityHeadersFilter.class.getName() + ".nonce";

    private final SecureRandom random = new SecureRandom();

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }
}
