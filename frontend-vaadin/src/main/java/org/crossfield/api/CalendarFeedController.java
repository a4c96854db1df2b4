package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.crossfield.calendar.CalendarService;
import org.crossfield.calendar.ICalendarWriter;
import org.crossfield.identity.CalendarFeeds;
import org.crossfield.identity.CrossfieldUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's private calendar feed at its secret address, for calendar programs (which send no token and no login).
 * The secret opens exactly its person: the items are collected by {@link CalendarService} as that person, with their
 * rights, for this request only. An unknown or reset secret is a 404, as for anything the caller may not see.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Calendar feed", description = "A person's deadlines as iCalendar; the secret address is made on My account")
class CalendarFeedController {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarFeeds feeds;
    private final CalendarService calendar;
    private final String baseUrl;
    private final Clock clock;

    CalendarFeedController(CalendarFeeds feeds, CalendarService calendar,
                           @Value("${crossfield.base-url:http://localhost:8080}") String baseUrl, ObjectProvider<Clock> clock) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping(path = "/calendar/{secret}.ics", produces = TEXT_CALENDAR)
    @Operation(summary = "My deadlines as an iCalendar feed", description = "Deadlines of postings I own or applied to,"
            + " publication reviews, agreement approvals waiting for me, reporting windows, milestones and meetings, each"
            + " a whole-day event with a link back to its screen. The address is secret (no token needed); resetting it"
            + " on My account makes the old one answer 404.",
            responses = @ApiResponse(responseCode = "200", description = "The calendar",
                    content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string", description = "iCalendar (RFC 5545)"))))
    ResponseEntity<String> feed(@Parameter(description = "The secret of the feed (cfc_…)") @PathVariable String secret) {
        CrossfieldUser person = feeds.authenticate(secret)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-found", "There is no calendar feed at this"
                        + " address: it may have been reset. Copy the new address from My account."));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            String body = ICalendarWriter.write(calendar.myItems(), "Crossfield: " + person.getDisplayName(), baseUrl,
                    host(), Instant.now(clock));
            return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(TEXT_CALENDAR + ";charset=UTF-8"))
                    .cacheControl(CacheControl.noStore()).body(body);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String host() {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "crossfield" : host;
    }
}
