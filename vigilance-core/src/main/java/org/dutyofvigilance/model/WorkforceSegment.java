package org.dutyofvigilance.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;

/**
 * A group of workers at one entity who do the same work under the same terms, e.g. "Kenyan content
 * moderators". Segments are where the chain meets people: pay, hours, exposure and voice are recorded here.
 *
 * @param id                  stable id, unique in the chain
 * @param entity              id of the entity they work for (or through)
 * @param name                a short description
 * @param headcount           how many people
 * @param countries           ISO 3166-1 alpha-2 codes of the countries where the work is performed
 * @param tasks               the kinds of work done
 * @param employmentStatus    their employment status
 * @param pay                 what they are paid
 * @param conditions          their working conditions
 * @param grievanceMechanisms ids of the grievance mechanisms they can reach
 * @param annualTasks         the volume of tasks the segment is said to complete in a year
 * @param highestPaid         whether this segment is the best-paid role of its entity (e.g. a data scientist), for the pay ratio
 * @param confidential        names of fields of this record that the public edition leaves out
 */
public record WorkforceSegment(
        String id,
        String entity,
        String name,
        @Valid Headcount headcount,
        List<String> countries,
        List<ServiceType> tasks,
        Optional<EmploymentStatus> employmentStatus,
        Optional<@Valid Pay> pay,
        @Valid WorkingConditions conditions,
        List<String> grievanceMechanisms,
        Optional<@PositiveOrZero Long> annualTasks,
        Optional<Boolean> highestPaid,
        List<String> confidential) {
    public WorkforceSegment {
        Values.requiredText(id, "id");
        Values.requiredText(entity, "entity");
        Values.requiredText(name, "name");
        headcount = headcount == null ? new Headcount(null, null) : headcount;
        countries = Values.list(countries);
        tasks = Values.list(tasks);
        employmentStatus = Values.fact(employmentStatus);
        pay = Values.fact(pay);
        conditions = conditions == null ? WorkingConditions.undisclosed() : conditions;
        grievanceMechanisms = Values.list(grievanceMechanisms);
        annualTasks = Values.fact(annualTasks);
        highestPaid = Values.fact(highestPaid);
        confidential = Values.list(confidential);
    }
}
