package org.candour.attachments;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The GridFS bucket's two tenant-owned collections. Both are written through the
 * tenant-scoped database, so file entries and their chunks carry {@code tenantId} and
 * every read, download and delete is confined to the current tenant.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentCollections {

	static final String BUCKET = "attachments";

	static final String FILES = BUCKET + ".files";

	static final String CHUNKS = BUCKET + ".chunks";

	@Bean
	TenantCollection attachmentFilesCollection() {
		return new TenantCollection(FILES,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.index("tenant_case", "tenantId", "metadata.caseReference"),
						TenantCollection.index("tenant_upload_token", "tenantId", "metadata.uploadToken"),
						TenantCollection.index("tenant_upload_client", "tenantId", "metadata.client")));
	}

	@Bean
	TenantCollection attachmentChunksCollection() {
		return new TenantCollection(CHUNKS,
				List.of(TenantCollection.index("tenant_file_chunks", "tenantId", "files_id", "n")));
	}

}
