package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token stands for. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Me", description = "The person a token acts for")
class MeController {

    /** The caller: id, e-mail, name, roles and organisation (null for people without one). */
    public record Me(long id, String email, String name, List<String> roles, Long organisationId, String organisationName) {
    }

    @GetMapping("/me")
    @Operation(summary = "The caller", description = "The person the token acts for, with exactly their roles.")
    Me me() {
        CrossfieldUser me = CurrentUser.require();
        return new Me(me.getId(), me.getEmail(), me.getDisplayName(), Roles.ALL.stream().filter(me::hasRole).toList(),
                me.getOrganisationId(), me.getOrganisationName());
    }
}
