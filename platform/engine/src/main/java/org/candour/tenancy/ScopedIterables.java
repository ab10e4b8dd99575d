package org.candour.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Keeps a find or distinct cursor inside the tenant scope: a later {@code filter(...)}
 * call is scoped too, and builder methods return the wrapped cursor.
 */
final class ScopedIterables {

	private ScopedIterables() {
	}

	@SuppressWarnings("unchecked")
	static <I> I wrap(Object iterable, Class<I> type, TenantScope scope) {
		return (I) Proxy.newProxyInstance(ScopedIterables.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					Object[] actual = args;
					if ("filter".equals(method.getName())) {
						actual = new Object[] { scope.filter(args[0]) };
					}
					Object result;
					try {
						result = method.invoke(iterable, actual);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					return result == iterable ? proxy : result;
				});
	}

}
