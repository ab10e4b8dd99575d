package org.candour.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.mongodb.client.ClientSession;
import com.mongodb.client.DistinctIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import org.bson.conversions.Bson;

/**
 * A tenant-owned collection as one tenant sees it. Every data operation is rewritten by
 * {@link TenantScope}; an operation this class does not know is refused, so a new driver
 * method cannot silently bypass the scope.
 */
final class TenantScopedCollection implements InvocationHandler {

	private static final Set<String> STRUCTURAL = Set.of("getNamespace", "getDocumentClass", "getCodecRegistry",
			"getReadPreference", "getWriteConcern", "getReadConcern", "getTimeout", "createIndex", "createIndexes",
			"listIndexes", "dropIndex", "toString", "hashCode", "equals");

	private static final Set<String> FILTER_FIRST = Set.of("countDocuments", "deleteOne", "deleteMany",
			"findOneAndDelete");

	private final MongoCollection<?> delegate;

	private final CurrentTenant tenant;

	private TenantScopedCollection(MongoCollection<?> delegate, CurrentTenant tenant) {
		this.delegate = delegate;
		this.tenant = tenant;
	}

	@SuppressWarnings("unchecked")
	static <T> MongoCollection<T> wrap(MongoCollection<T> delegate, CurrentTenant tenant) {
		return (MongoCollection<T>) Proxy.newProxyInstance(TenantScopedCollection.class.getClassLoader(),
				new Class<?>[] { MongoCollection.class }, new TenantScopedCollection(delegate, tenant));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		String name = method.getName();
		Object[] all = args == null ? new Object[0] : args.clone();
		if (STRUCTURAL.contains(name)) {
			return call(method, all);
		}
		if (name.startsWith("with")) {
			return wrap((MongoCollection<?>) call(method, all), this.tenant);
		}
		TenantScope scope = scope();
		int first = all.length > 0 && all[0] instanceof ClientSession ? 1 : 0;
		ClientSession session = first == 1 ? (ClientSession) all[0] : null;
		Object[] rest = Arrays.copyOfRange(all, first, all.length);
		switch (name) {
			case "find" -> {
				return find(session, scope, rest);
			}
			case "estimatedDocumentCount" -> {
				return session == null ? this.delegate.countDocuments(scope.filter(null))
						: this.delegate.countDocuments(session, scope.filter(null));
			}
			case "distinct" -> {
				return distinct(session, scope, rest);
			}
			case "aggregate" -> {
				rest[0] = scope.pipeline((List<?>) rest[0]);
			}
			case "insertOne" -> rest[0] = scope.stamp(rest[0]);
			case "insertMany" -> rest[0] = ((List<?>) rest[0]).stream().map(scope::stamp).toList();
			case "bulkWrite" -> rest[0] = ScopedWriteModels.scope((List<?>) rest[0], scope);
			case "updateOne", "updateMany", "findOneAndUpdate" -> {
				scope.checkUpdate(rest[1]);
				rest[0] = scope.filter(rest[0]);
			}
			case "replaceOne", "findOneAndReplace" -> {
				rest[0] = scope.filter(rest[0]);
				rest[1] = scope.stamp(rest[1]);
			}
			default -> {
				if (!FILTER_FIRST.contains(name)) {
					throw new TenantViolationException(name + " is not allowed on tenant-owned collection "
							+ this.delegate.getNamespace().getCollectionName());
				}
				if (rest.length == 0) {
					return session == null ? this.delegate.countDocuments(scope.filter(null))
							: this.delegate.countDocuments(session, scope.filter(null));
				}
				rest[0] = scope.filter(rest[0]);
			}
		}
		System.arraycopy(rest, 0, all, first, rest.length);
		return call(method, all);
	}

	private Object find(ClientSession session, TenantScope scope, Object[] rest) {
		Bson filter = rest.length > 0 && rest[0] instanceof Bson bson ? bson : null;
		Class<?> type = rest.length > 0 && rest[rest.length - 1] instanceof Class<?> c ? c
				: this.delegate.getDocumentClass();
		FindIterable<?> found = session == null ? this.delegate.find(scope.filter(filter), type)
				: this.delegate.find(session, scope.filter(filter), type);
		return ScopedIterables.wrap(found, FindIterable.class, scope);
	}

	private Object distinct(ClientSession session, TenantScope scope, Object[] rest) {
		String field = (String) rest[0];
		Bson filter = rest.length == 3 ? (Bson) rest[1] : null;
		Class<?> type = (Class<?>) rest[rest.length - 1];
		DistinctIterable<?> values = session == null ? this.delegate.distinct(field, scope.filter(filter), type)
				: this.delegate.distinct(session, field, scope.filter(filter), type);
		return ScopedIterables.wrap(values, DistinctIterable.class, scope);
	}

	private TenantScope scope() {
		if (this.tenant == null) {
			throw new TenantContext.MissingTenantException();
		}
		return new TenantScope(this.tenant, this.delegate.getCodecRegistry());
	}

	private Object call(Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(this.delegate, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
