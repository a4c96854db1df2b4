package org.crossfield.agreement;

public class AgreementNotFoundException extends InvalidAgreementException {

    public AgreementNotFoundException(long id) {
        super("There is no agreement " + id + ".");
    }
}
