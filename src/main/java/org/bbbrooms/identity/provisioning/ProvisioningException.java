package org.bbbrooms.identity.provisioning;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.bbbrooms.platform.BusinessException;

/**
 * Refuses a whole {@link ProvisioningBatch}, listing every bad row; nothing was written (the transaction rolls back).
 * <p>Use: {@code catch (ProvisioningException e) { e.problems().forEach(...); }}
 */
@ApplicationException(rollback = true)
public class ProvisioningException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    public ProvisioningException(List<RowProblem> problems) {
        super("provisioning.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
