package org.candour.tenancy;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.codecs.configuration.CodecRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Installs the one mechanism that scopes every MongoDB operation to the current tenant:
 * Boot's database factory is wrapped, so every template and repository gets tenant-scoped
 * databases.
 */
@Configuration(proxyBeanMethods = false)
class TenantScopedDataConfiguration {

	@Bean
	SiloNaming siloNaming(TenancySettings settings) {
		return new SiloNaming(settings.siloDatabasePrefix());
	}

	@Bean
	static BeanPostProcessor tenantScopedDatabaseFactoryPostProcessor(ObjectProvider<MongoClient> client,
			ObjectProvider<SiloNaming> silos) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof MongoDatabaseFactory factory && !(bean instanceof TenantScopedDatabaseFactory)) {
					return new TenantScopedDatabaseFactory(factory, client, silos);
				}
				return bean;
			}
		};
	}

	record TenantScopedDatabaseFactory(MongoDatabaseFactory delegate, ObjectProvider<MongoClient> client,
			ObjectProvider<SiloNaming> silos) implements MongoDatabaseFactory {

		@Override
		public MongoDatabase getMongoDatabase() {
			return scoped(this.delegate.getMongoDatabase());
		}

		@Override
		public MongoDatabase getMongoDatabase(String name) {
			return scoped(this.delegate.getMongoDatabase(name));
		}

		@Override
		public PersistenceExceptionTranslator getExceptionTranslator() {
			return this.delegate.getExceptionTranslator();
		}

		@Override
		public CodecRegistry getCodecRegistry() {
			return this.delegate.getCodecRegistry();
		}

		@Override
		public ClientSession getSession(ClientSessionOptions options) {
			return this.delegate.getSession(options);
		}

		@Override
		public MongoDatabaseFactory withSession(ClientSession session) {
			return new TenantScopedDatabaseFactory(this.delegate.withSession(session), this.client, this.silos);
		}

		private MongoDatabase scoped(MongoDatabase database) {
			return TenantScopedDatabase.wrap(database, this.client.getObject(), this.silos.getObject());
		}

	}

}
