package org.marrow.protocol;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every mapping the loader reads and the keys it accepts there; the JSON Schema in
 * {@code docs/protocol.schema.json} has one definition per context with the same keys (a test holds
 * the two in sync).
 */
final class Keys {
    static final Map<String, Set<String>> CONTEXTS = new LinkedHashMap<>();

    static final List<String> CRITERION_KINDS = List.of(
            "lab", "repeated", "age", "severity", "history", "creatinine_clearance", "response", "all", "any", "not");
    static final List<String> DOSE_RULE_KINDS = List.of("escalation", "trough_titration", "supportive_care", "taper");
    static final List<String> PERIOD_UNITS = List.of("days", "weeks", "months", "years");

    static final Set<String> PROTOCOL = define(
            "protocol",
            "format",
            "id",
            "version",
            "title",
            "phase",
            "registry_ids",
            "document",
            "sites",
            "arms",
            "reference_ranges",
            "history_items",
            "eligibility",
            "regimens",
            "dose_rules",
            "visits",
            "response",
            "endpoints",
            "design");
    static final Set<String> SITE = define("site", "id", "name", "city");
    static final Set<String> ARM = define("arm", "id", "name", "type", "ratio");
    static final Set<String> REFERENCE_RANGE = define("reference_range", "test", "lower", "upper", "unit");
    static final Set<String> ELIGIBILITY = define("eligibility", "lab_max_age_days", "inclusion", "exclusion");
    static final Set<String> ELIGIBILITY_CRITERION =
            define("eligibility_criterion", with(CRITERION_KINDS, "id", "text", "source"));
    static final Set<String> CRITERION = define("criterion", with(CRITERION_KINDS));
    static final Set<String> LAB = define("lab", "test", "relation", "value", "unit", "uln_multiple", "max_age_days");
    static final Set<String> REPEATED =
            define("repeated", "lab", "times", "min_interval_days", "consecutive", "within_days");
    static final Set<String> AGE = define("age", "relation", "years");
    static final Set<String> SEVERITY = define("severity", "in");
    static final Set<String> HISTORY = define("history", "item", "duration", "within", "value", "one_of");
    static final Set<String> DURATION = define("duration", with(PERIOD_UNITS, "relation"));
    static final Set<String> PERIOD = define("period", with(PERIOD_UNITS));
    static final Set<String> VALUE_CONDITION = define("value_condition", "relation", "value");
    static final Set<String> CREATININE_CLEARANCE = define("creatinine_clearance", "relation", "ml_per_min", "weight");
    static final Set<String> RESPONSE_CRITERION = define("response_criterion", "criteria", "at_least");
    static final Set<String> REGIMEN = define(
            "regimen", "id", "drug", "arms", "dose", "route", "frequency", "days", "rounding", "titrated_by", "text");
    static final Set<String> DOSE = define("dose", "amount", "min", "max", "unit", "per");
    static final Set<String> DAY_RANGE = define("day_range", "from", "to");
    static final Set<String> ROUNDING = define("rounding", "step", "unit", "mode");
    static final Set<String> DOSE_RULE =
            define("dose_rule", with(DOSE_RULE_KINDS, "id", "drug", "arms", "days", "text"));
    static final Set<String> ESCALATION = define("escalation", "start", "step", "every", "max", "unless");
    static final Set<String> AMOUNT = define("amount", "amount", "unit");
    static final Set<String> TROUGH_TITRATION = define(
            "trough_titration",
            "level",
            "target",
            "dose",
            "frequency",
            "step",
            "max_level_age_days",
            "renal_impairment");
    static final Set<String> TARGET = define("target", "min", "max", "unit");
    static final Set<String> RENAL_IMPAIRMENT = define("renal_impairment", "when", "dose");
    static final Set<String> SUPPORTIVE_CARE =
            define("supportive_care", "start_when", "stop_when", "dose", "frequency");
    static final Set<String> TAPER =
            define("taper", "full", "taper_when", "steps", "step_every", "restart_when", "restart");
    static final Set<String> VISIT = define("visit", "name", "target_day", "window", "assessments");
    static final Set<String> WINDOW = define("window", "start", "end");
    static final Set<String> RESPONSE_PLAN = define(
            "response_plan",
            "criteria",
            "reticulocytes_below",
            "transfusion_lookback_days",
            "baseline_max_age_days",
            "timepoints");
    static final Set<String> ENDPOINT = define("endpoint", "id", "role", "measure", "visit", "text");
    static final Set<String> DESIGN = define(
            "design",
            "type",
            "population",
            "confidence_interval",
            "simon",
            "randomization",
            "matching",
            "dropout",
            "enrollment",
            "analysis",
            "monitoring",
            "toxicity_stopping");
    static final Set<String> ANALYSIS = define(
            "analysis", "compare", "rates_test", "confidence_level", "competing_events", "infection_window_days");
    static final Set<String> SIMON = define("simon", "p0", "p1", "alpha", "power", "n1", "r1", "n", "r");
    static final List<String> MONITORING_KINDS = List.of("bop2", "predictive");
    static final List<String> TOXICITY_LIMIT_KINDS = List.of("bayesian", "sequential");
    static final Set<String> MONITORING = define("monitoring", with(MONITORING_KINDS));
    static final Set<String> BOP2 =
            define("bop2", "p0", "p1", "looks", "alpha", "lambda", "gamma", "prior", "toxicity");
    static final Set<String> BOP2_TOXICITY = define("bop2_toxicity", "t0", "t1", "events", "window");
    static final Set<String> PREDICTIVE =
            define("predictive", "p0", "p1", "n_min", "n_max", "cohort", "theta_t", "theta_l", "prior");
    static final Set<String> PRIOR = define("prior", "a", "b");
    static final Set<String> TOXICITY_RULE =
            define("toxicity_rule", with(TOXICITY_LIMIT_KINDS, "id", "text", "source", "events", "window", "looks"));
    static final Set<String> ADVERSE_EVENTS =
            define("adverse_events", "terms", "system_organ_classes", "grade_at_least");
    static final Set<String> EVENT_WINDOW = define("event_window", "from", "to", "after_first_dose_of");
    static final Set<String> BAYESIAN_LIMIT = define("bayesian_limit", "limit", "cutoff", "acceptable", "prior");
    static final Set<String> SEQUENTIAL_LIMIT = define("sequential_limit", "p_lo", "p_hi", "cp0", "cp1", "shape");
    static final Set<String> RANDOMIZATION = define("randomization", "block_sizes", "stratify_by");
    static final Set<String> MATCHING = define("matching", "ratio", "keys", "control_arm");

    private Keys() {}

    private static String[] with(List<String> base, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(more));
        all.addAll(base);
        return all.toArray(String[]::new);
    }

    private static Set<String> define(String context, String... keys) {
        Set<String> set = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
        CONTEXTS.put(context, set);
        return set;
    }
}
