package org.crossfield.marketplace;

/** How the data is reached: federated (the data never moves), in a trusted research environment, or transferred. */
public enum AccessModel {
    FEDERATED, TRUSTED_RESEARCH_ENVIRONMENT, TRANSFER
}
