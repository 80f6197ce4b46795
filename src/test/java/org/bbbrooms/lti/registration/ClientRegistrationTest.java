package org.bbbrooms.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The platform's answer to the registration: its client id and deployment, or a refusal. */
class ClientRegistrationTest {

    @Test
    void theAnswerGivesTheClientIdAndTheDeployment() {
        assertEquals(new ClientRegistration.Registered("c-1", Optional.of("d-1")), ClientRegistration.answer(
                Map.of("client_id", "c-1", ClientRegistration.TOOL_CONFIGURATION, Map.of("deployment_id", "d-1"))));
        assertEquals(Optional.empty(), ClientRegistration.answer(Map.of("client_id", "c-1")).deploymentId());
    }

    @Test
    void anAnswerWithoutClientIdIsARefusal() {
        assertEquals(RegistrationRefusal.PLATFORM_REFUSED, assertThrows(RegistrationRefusedException.class,
                () -> ClientRegistration.answer(Map.of("error", "invalid_client_metadata"))).refusal());
    }
}
