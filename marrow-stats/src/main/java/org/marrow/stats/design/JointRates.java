package org.marrow.stats.design;

/**
 * The probabilities of the four joint outcomes of a patient on efficacy (response) and toxicity,
 * the cells of the multinomial model of BOP2 (Zhou, Lee and Yuan 2017).
 *
 * @param efficacyAndToxicity P(response and toxicity)
 * @param efficacyWithoutToxicity P(response, no toxicity)
 * @param toxicityWithoutEfficacy P(no response, toxicity)
 * @param neither P(no response, no toxicity)
 */
public record JointRates(
        double efficacyAndToxicity, double efficacyWithoutToxicity, double toxicityWithoutEfficacy, double neither) {

    /**
     * Checks the cells.
     *
     * @param efficacyAndToxicity P(response and toxicity)
     * @param efficacyWithoutToxicity P(response, no toxicity)
     * @param toxicityWithoutEfficacy P(no response, toxicity)
     * @param neither P(neither)
     * @throws IllegalArgumentException if a cell is not in [0, 1] or the cells do not sum to 1
     *     (within 1e-9)
     */
    public JointRates {
        double[] cells = {efficacyAndToxicity, efficacyWithoutToxicity, toxicityWithoutEfficacy, neither};
        String[] names = {
            "P(response and toxicity)", "P(response, no toxicity)", "P(toxicity, no response)", "P(neither)"
        };
        for (int i = 0; i < 4; i++) {
            if (!(cells[i] >= 0 && cells[i] <= 1)) {
                throw new IllegalArgumentException(names[i] + " (" + cells[i] + ") must be in [0, 1]");
            }
        }
        double sum = efficacyAndToxicity + efficacyWithoutToxicity + toxicityWithoutEfficacy + neither;
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("Joint outcome probabilities must sum to 1 (sum " + sum + ")");
        }
    }

    /**
     * The cells when efficacy and toxicity are independent.
     *
     * @param efficacy the response rate, in [0, 1]
     * @param toxicity the toxicity rate, in [0, 1]
     * @return the cells
     * @throws IllegalArgumentException if a rate is not in [0, 1]
     */
    public static JointRates independent(double efficacy, double toxicity) {
        if (!(efficacy >= 0 && efficacy <= 1)) {
            throw new IllegalArgumentException("Response rate (" + efficacy + ") must be in [0, 1]");
        }
        if (!(toxicity >= 0 && toxicity <= 1)) {
            throw new IllegalArgumentException("Toxicity rate (" + toxicity + ") must be in [0, 1]");
        }
        return new JointRates(
                efficacy * toxicity,
                efficacy * (1 - toxicity),
                (1 - efficacy) * toxicity,
                (1 - efficacy) * (1 - toxicity));
    }

    /**
     * The marginal response rate.
     *
     * @return P(response)
     */
    public double efficacy() {
        return efficacyAndToxicity + efficacyWithoutToxicity;
    }

    /**
     * The marginal toxicity rate.
     *
     * @return P(toxicity)
     */
    public double toxicity() {
        return efficacyAndToxicity + toxicityWithoutEfficacy;
    }
}
