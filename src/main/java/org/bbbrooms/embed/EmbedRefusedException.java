package org.bbbrooms.embed;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * Ends an embed or join-link request with the refusal page ({@link Refusal}); it rolls back what the request wrote.
 * <p>Use: {@code throw new EmbedRefusedException(Refusal.EXPIRED);}
 */
@ApplicationException(rollback = true)
public class EmbedRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public EmbedRefusedException(Refusal refusal) {
        super(refusal.name());
        this.refusal = Objects.requireNonNull(refusal);
    }

    public Refusal refusal() {
        return refusal;
    }
}
