package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.WavesOfRequests;
import fr.renfortrh.matching.domain.Waves;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoWavesOfRequests implements WavesOfRequests {

    private static final String COLLECTION = "waves";
    private static final String NEED_ID = "needId";

    private final MongoTemplate mongo;

    MongoWavesOfRequests(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index(NEED_ID, Sort.Direction.ASC).unique());
    }

    @Override
    public void save(Waves waves) {
        mongo.findAndReplace(byNeed(waves.needId()), waves, FindAndReplaceOptions.options().upsert(), COLLECTION);
    }

    @Override
    public Optional<Waves> ofNeed(String needId) {
        return Optional.ofNullable(mongo.findOne(byNeed(needId), Waves.class, COLLECTION));
    }

    @Override
    public List<Waves> all() {
        return mongo.findAll(Waves.class, COLLECTION);
    }

    @Override
    public void remove(String needId) {
        mongo.remove(byNeed(needId), COLLECTION);
    }

    private static Query byNeed(String needId) {
        return Query.query(Criteria.where(NEED_ID).is(needId));
    }
}
