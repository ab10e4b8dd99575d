package org.candour.reports;

import java.util.List;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.MongoJobRepositoryFactoryBean;
import org.springframework.batch.core.scope.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Spring Batch for report runs: the MongoDB job repository (so a run interrupted by a
 * crash restarts where it stopped), configured here because Boot's batch-MongoDB starter
 * is not published for Boot 4.1.0. Without client sessions on the embedded server the
 * repository writes without a MongoDB transaction (each of its writes is a single
 * document). One job, {@value #RUN_JOB}: count each partition of the run's cases (by
 * feedback type), then assemble and store the result.
 */
@Configuration(proxyBeanMethods = false)
class ReportBatchConfiguration {

	static final String RUN_JOB = "report-run";

	private static final List<String> SEQUENCES = List.of("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ",
			"BATCH_STEP_EXECUTION_SEQ");

	@Bean
	static StepScope stepScope() {
		StepScope scope = new StepScope();
		scope.setAutoProxy(false);
		return scope;
	}

	@Bean
	JobRepository reportJobRepository(MongoDatabaseFactory databases, MongoMappingContext mapping,
			MongoCustomConversions conversions) throws Exception {
		// Spring Batch stores execution contexts as maps whose keys contain dots
		// ("batch.version"): its own template keeps them as they are
		MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(databases), mapping);
		converter.setCustomConversions(conversions);
		converter.setMapKeyDotReplacement(".");
		converter.afterPropertiesSet();
		MongoTemplate mongo = new MongoTemplate(databases, converter);
		SEQUENCES.forEach(sequence -> mongo.upsert(Query.query(Criteria.where("_id").is(sequence)),
				new Update().setOnInsert("count", 0L), "BATCH_SEQUENCES"));
		MongoJobRepositoryFactoryBean factory = new MongoJobRepositoryFactoryBean();
		factory.setMongoOperations(mongo);
		factory.setTransactionManager(new ResourcelessTransactionManager());
		// the schedule job starts runs from its steps; there is no real transaction to
		// leak into them
		factory.setValidateTransactionState(false);
		factory.afterPropertiesSet();
		return factory.getObject();
	}

	@Bean
	JobOperator reportJobOperator(JobRepository reportJobRepository, Job reportRunJob,
			@Value("${candour.reports.background-runs:true}") boolean background) throws Exception {
		MapJobRegistry registry = new MapJobRegistry();
		registry.register(reportRunJob);
		TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
		operator.setJobRepository(reportJobRepository);
		operator.setJobRegistry(registry);
		operator.setTaskExecutor(background ? runExecutor() : new SyncTaskExecutor());
		operator.afterPropertiesSet();
		return operator;
	}

	@Bean
	Job reportRunJob(JobRepository reportJobRepository, ReportPartitioner reportPartitioner, CountPartition counter,
			AssembleResult assembler, RunStatusListener statuses,
			@Value("${candour.reports.background-runs:true}") boolean background) {
		Step countOne = new StepBuilder("count-partition", reportJobRepository).tasklet(counter).build();
		TaskExecutor partitions = background ? partitionExecutor() : new SyncTaskExecutor();
		Step count = new StepBuilder("count", reportJobRepository).partitioner("count-partition", reportPartitioner)
			.step(countOne)
			.taskExecutor(partitions)
			.build();
		Step assemble = new StepBuilder("assemble", reportJobRepository).tasklet(assembler).build();
		return new JobBuilder(RUN_JOB, reportJobRepository).listener(statuses).start(count).next(assemble).build();
	}

	/**
	 * Two runs at a time; others wait in a bounded queue (a run refused for a full queue
	 * is recorded as failed and can be restarted). A run still queued when its instance
	 * stops is restarted by the schedule tick, like a run that stalled.
	 */
	private static TaskExecutor runExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("report-run-");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(200);
		executor.initialize();
		return executor;
	}

	private static TaskExecutor partitionExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("report-partition-");
		executor.setConcurrencyLimit(2);
		return executor;
	}

}
