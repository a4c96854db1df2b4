package org.crossfield.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under {@code /api}: a 404 problem document (never a screen of the web application). */
@RestController
@Hidden
class UnknownPathController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "There is no such API operation: see /v3/api-docs.");
    }
}
