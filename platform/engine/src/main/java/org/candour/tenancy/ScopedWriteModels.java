package org.candour.tenancy;

import java.util.List;

import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;

/** Applies the tenant scope to each write of a bulk write. */
final class ScopedWriteModels {

	private ScopedWriteModels() {
	}

	static List<WriteModel<Object>> scope(List<?> models, TenantScope scope) {
		return models.stream().map(model -> scopeOne((WriteModel<?>) model, scope)).toList();
	}

	@SuppressWarnings("unchecked")
	private static WriteModel<Object> scopeOne(WriteModel<?> model, TenantScope scope) {
		if (model instanceof InsertOneModel<?> insert) {
			return new InsertOneModel<>(scope.stamp(insert.getDocument()));
		}
		if (model instanceof UpdateOneModel<?> update) {
			scope.checkUpdate(update.getUpdate());
			return new UpdateOneModel<>(scope.filter(update.getFilter()), update.getUpdate(), update.getOptions());
		}
		if (model instanceof UpdateManyModel<?> update) {
			scope.checkUpdate(update.getUpdate());
			return new UpdateManyModel<>(scope.filter(update.getFilter()), update.getUpdate(), update.getOptions());
		}
		if (model instanceof ReplaceOneModel<?> replace) {
			return new ReplaceOneModel<>(scope.filter(replace.getFilter()), scope.stamp(replace.getReplacement()),
					replace.getReplaceOptions());
		}
		if (model instanceof DeleteOneModel<?> delete) {
			return new DeleteOneModel<>(scope.filter(delete.getFilter()), delete.getOptions());
		}
		if (model instanceof DeleteManyModel<?> delete) {
			return new DeleteManyModel<>(scope.filter(delete.getFilter()), delete.getOptions());
		}
		throw new TenantViolationException("Unsupported bulk write " + model.getClass().getSimpleName());
	}

}
