package org.marrow.app.web.page;

import java.util.Locale;
import java.util.Map;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Passwords;
import org.marrow.app.web.BadValueException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page, the start page and the password change. */
@PageController
class AccountPages {
    private final Passwords passwords;
    private final org.marrow.app.security.Users users;
    private final MessageSource messages;

    AccountPages(Passwords passwords, org.marrow.app.security.Users users, MessageSource messages) {
        this.passwords = passwords;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String start() {
        return "redirect:/studies";
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String passwordForm(Model model) {
        model.addAttribute("mustChange", passwords.mustChange(Caller.current().userId()));
        model.addAttribute("errors", Map.of());
        return "password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String replacement,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpSession session) {
        long userId = Caller.current().userId();
        try {
            if (!replacement.equals(confirmation)) {
                throw BadValueException.of("confirmation", null, "the new password again");
            }
            passwords.change(userId, current, replacement);
            org.marrow.app.security.SessionEpochs.renew(session, users, userId);
        } catch (BadValueException e) {
            model.addAttribute("mustChange", passwords.mustChange(userId));
            model.addAttribute(
                    "errors", Map.of(e.field(), messages.getMessage("password.error." + e.field(), null, locale)));
            return "password";
        }
        return "redirect:/studies?passwordChanged";
    }
}
