package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.AllocationPlans;
import fr.renfortrh.matching.domain.allocation.AllocationPlan;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class MongoAllocationPlans implements AllocationPlans {

    private static final String COLLECTION = "allocation_plans";
    private static final String VOLUNTEER = "assignments.volunteerId";

    private final MongoTemplate mongo;

    MongoAllocationPlans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(AllocationPlan plan) {
        mongo.insert(plan, COLLECTION);
    }

    @Override
    public Optional<AllocationPlan> byId(String planId) {
        return Optional.ofNullable(mongo.findById(planId, AllocationPlan.class, COLLECTION));
    }

    @Override
    public List<AllocationPlan> latest(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        query.fields().exclude("assignments", "shortfalls");
        return mongo.find(query, AllocationPlan.class, COLLECTION);
    }

    @Override
    public boolean claimForApplying(String planId, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(planId).and("appliedAt").is(null)),
                Update.update("appliedAt", at), COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public void recordApplied(AllocationPlan plan) {
        mongo.save(plan, COLLECTION);
    }

    @Override
    public List<AllocationPlan.Assignment> assignmentsOf(String volunteerId) {
        return mongo.find(Query.query(Criteria.where(VOLUNTEER).is(volunteerId)), AllocationPlan.class, COLLECTION).stream()
                .flatMap(plan -> plan.assignments().stream())
                .filter(assignment -> assignment.volunteerId().equals(volunteerId))
                .toList();
    }

    @Override
    public void eraseVolunteer(String volunteerId) {
        mongo.updateMulti(Query.query(Criteria.where(VOLUNTEER).is(volunteerId)),
                new Update().pull("assignments", Query.query(Criteria.where("volunteerId").is(volunteerId))), COLLECTION);
    }
}
