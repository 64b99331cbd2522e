package lat.ideal.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lat.ideal.model.Country;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.Priority;
import lat.ideal.model.PriorityDecision;
import lat.ideal.model.ReportingPeriod;

/** The priorities document and the action plans document. */
final class PlanJson {
    private static final Set<String> PRIORITY = Set.of("id", "crimeArea", "scope", "countries", "period",
            "rationale", "recommendedBy");
    private static final Set<String> DECISION = Set.of("priorityId", "outcome", "decidedBy", "date", "note");
    private static final Set<String> PLAN = Set.of("id", "priorityId", "status", "period", "leadCountry",
            "participants", "institutions", "actions");
    private static final Set<String> INSTITUTION = Set.of("country", "name", "type");
    private static final Set<String> ACTION = Set.of("id", "description", "owner", "deadline", "status");

    private PlanJson() {
    }

    /** Reads a priorities document. */
    static final class Priorities implements JsonDocuments.Codec<PriorityDocument> {
        @Override
        public PriorityDocument finish(Decoder d, JsonTree.Obj root) {
            JsonPath r = JsonPath.root();
            JsonDocuments.header(d, root, Set.of("priorities", "decisions"));
            List<Priority> priorities = d.optionalList(root, r, "priorities", (t, p) -> priority(d, t, p));
            List<PriorityDecision> decisions = d.optionalList(root, r, "decisions", (t, p) -> decision(d, t, p));
            return priorities == null || decisions == null || d.problems().hasErrors() ? null
                    : new PriorityDocument(priorities, decisions);
        }
    }

    /** Reads an action plans document. */
    static final class Plans implements JsonDocuments.Codec<List<OperationalActionPlan>> {
        @Override
        public List<OperationalActionPlan> finish(Decoder d, JsonTree.Obj root) {
            JsonPath r = JsonPath.root();
            JsonDocuments.header(d, root, Set.of("plans"));
            List<OperationalActionPlan> plans = d.optionalList(root, r, "plans", (t, p) -> plan(d, t, p));
            return plans == null || d.problems().hasErrors() ? null : List.copyOf(plans);
        }
    }

    private static Priority priority(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, PRIORITY);
        if (o == null) {
            return null;
        }
        String id = d.text(d.required(o, path, "id"), path.field("id"));
        String area = d.text(d.required(o, path, "crimeArea"), path.field("crimeArea"));
        Priority.Scope scope = d.enumValue(d.required(o, path, "scope"), path.field("scope"), Priority.Scope.class);
        List<Country> countries = d.optionalList(o, path, "countries", d::country);
        ReportingPeriod period = d.period(d.required(o, path, "period"), path.field("period"));
        LocalizedText rationale = d.labels(d.required(o, path, "rationale"), path.field("rationale"));
        String by = d.text(d.required(o, path, "recommendedBy"), path.field("recommendedBy"));
        if (id == null || area == null || scope == null || countries == null || period == null || rationale == null
                || by == null) {
            return null;
        }
        return new Priority(id, area, scope, countries, period, rationale, by);
    }

    private static PriorityDecision decision(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, DECISION);
        if (o == null) {
            return null;
        }
        String id = d.text(d.required(o, path, "priorityId"), path.field("priorityId"));
        PriorityDecision.Outcome outcome = d.enumValue(d.required(o, path, "outcome"), path.field("outcome"),
                PriorityDecision.Outcome.class);
        String by = d.text(d.required(o, path, "decidedBy"), path.field("decidedBy"));
        LocalDate date = d.date(d.required(o, path, "date"), path.field("date"));
        Optional<String> note = d.optionalText(o, path, "note");
        if (id == null || outcome == null || by == null || date == null || note == null) {
            return null;
        }
        return new PriorityDecision(id, outcome, by, date, note);
    }

    private static OperationalActionPlan plan(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, PLAN);
        if (o == null) {
            return null;
        }
        String id = d.text(d.required(o, path, "id"), path.field("id"));
        String priorityId = d.text(d.required(o, path, "priorityId"), path.field("priorityId"));
        JsonTree statusTree = o.fields.get("status");
        OperationalActionPlan.Status status = statusTree == null ? OperationalActionPlan.Status.DRAFT
                : d.enumValue(statusTree, path.field("status"), OperationalActionPlan.Status.class);
        ReportingPeriod period = d.period(d.required(o, path, "period"), path.field("period"));
        Country lead = d.country(d.required(o, path, "leadCountry"), path.field("leadCountry"));
        List<Country> participants = d.optionalList(o, path, "participants", d::country);
        List<OperationalActionPlan.Institution> institutions = d.optionalList(o, path, "institutions",
                (it, ip) -> institution(d, it, ip));
        List<OperationalActionPlan.Action> actions = d.optionalList(o, path, "actions",
                (at, ap) -> action(d, at, ap));
        if (id == null || priorityId == null || status == null || period == null || lead == null
                || participants == null || institutions == null || actions == null) {
            return null;
        }
        return new OperationalActionPlan(id, priorityId, status, period, lead, participants, institutions, actions);
    }

    private static OperationalActionPlan.Institution institution(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, INSTITUTION);
        if (o == null) {
            return null;
        }
        Country country = d.country(d.required(o, path, "country"), path.field("country"));
        String name = d.text(d.required(o, path, "name"), path.field("name"));
        JsonTree typeTree = o.fields.get("type");
        OperationalActionPlan.InstitutionType type = typeTree == null ? OperationalActionPlan.InstitutionType.OTHER
                : d.enumValue(typeTree, path.field("type"), OperationalActionPlan.InstitutionType.class);
        return country == null || name == null || type == null ? null
                : new OperationalActionPlan.Institution(country, name, type);
    }

    private static OperationalActionPlan.Action action(Decoder d, JsonTree t, JsonPath path) {
        JsonTree.Obj o = d.object(t, path, ACTION);
        if (o == null) {
            return null;
        }
        String id = d.text(d.required(o, path, "id"), path.field("id"));
        String description = d.text(d.required(o, path, "description"), path.field("description"));
        String owner = d.text(d.required(o, path, "owner"), path.field("owner"));
        JsonTree deadlineTree = o.fields.get("deadline");
        LocalDate deadline = deadlineTree == null ? null : d.date(deadlineTree, path.field("deadline"));
        JsonTree statusTree = o.fields.get("status");
        OperationalActionPlan.ActionStatus status = statusTree == null ? OperationalActionPlan.ActionStatus.PLANNED
                : d.enumValue(statusTree, path.field("status"), OperationalActionPlan.ActionStatus.class);
        if (id == null || description == null || owner == null || (deadlineTree != null && deadline == null)
                || status == null) {
            return null;
        }
        return new OperationalActionPlan.Action(id, description, owner, Optional.ofNullable(deadline), status);
    }

    // ---- writing ----

    static void writePriorities(Encoder e, PriorityDocument doc) {
        e.header();
        e.g.writeName("priorities");
        e.g.writeStartArray();
        for (Priority p : doc.priorities()) {
            writePriority(e, p);
        }
        e.g.writeEndArray();
        e.g.writeName("decisions");
        e.g.writeStartArray();
        for (PriorityDecision x : doc.decisions()) {
            e.g.writeStartObject();
            e.string("priorityId", x.priorityId());
            e.text("outcome", x.outcome().name());
            e.string("decidedBy", x.decidedBy());
            e.text("date", x.date());
            e.optional("note", x.note());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    static void writePlans(Encoder e, List<OperationalActionPlan> plans) {
        e.header();
        e.g.writeName("plans");
        e.g.writeStartArray();
        for (OperationalActionPlan p : plans) {
            writePlan(e, p);
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }

    /** Writes one priority as an object. */
    static void writePriority(Encoder e, Priority p) {
        e.g.writeStartObject();
        e.string("id", p.id());
        e.string("crimeArea", p.crimeArea());
        e.text("scope", p.scope().name());
        e.strings("countries", p.countries());
        e.text("period", p.period());
        e.labels("rationale", p.rationale());
        e.string("recommendedBy", p.recommendedBy());
        e.g.writeEndObject();
    }

    /** Writes one plan as an object. */
    static void writePlan(Encoder e, OperationalActionPlan p) {
        e.g.writeStartObject();
        e.string("id", p.id());
        e.string("priorityId", p.priorityId());
        e.text("status", p.status().name());
        e.text("period", p.period());
        e.text("leadCountry", p.leadCountry());
        e.strings("participants", p.participants());
        e.g.writeName("institutions");
        e.g.writeStartArray();
        for (OperationalActionPlan.Institution i : p.institutions()) {
            e.g.writeStartObject();
            e.text("country", i.country());
            e.string("name", i.name());
            e.text("type", i.type().name());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeName("actions");
        e.g.writeStartArray();
        for (OperationalActionPlan.Action a : p.actions()) {
            e.g.writeStartObject();
            e.string("id", a.id());
            e.string("description", a.description());
            e.string("owner", a.owner());
            e.optional("deadline", a.deadline());
            e.text("status", a.status().name());
            e.g.writeEndObject();
        }
        e.g.writeEndArray();
        e.g.writeEndObject();
    }
}
