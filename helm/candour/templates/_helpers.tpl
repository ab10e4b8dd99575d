{{/*
Chart name, truncated to the 63 characters Kubernetes allows in names.
*/}}
{{- define "candour.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: <release>-<chart>, or the release name when it
already contains the chart name.
*/}}
{{- define "candour.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "candour.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "candour.labels" -}}
helm.sh/chart: {{ include "candour.chart" . }}
{{ include "candour.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels (must stay stable across upgrades).
*/}}
{{- define "candour.selectorLabels" -}}
app.kubernetes.io/name: {{ include "candour.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Container image reference.
*/}}
{{- define "candour.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion | toString) }}
{{- end }}

{{/*
Name of the Secret that holds the MongoDB URI.
*/}}
{{- define "candour.mongodbSecretName" -}}
{{- if .Values.mongodb.existingSecret }}
{{- .Values.mongodb.existingSecret }}
{{- else }}
{{- include "candour.fullname" . }}-mongodb
{{- end }}
{{- end }}

{{/*
Key in that Secret.
*/}}
{{- define "candour.mongodbSecretKey" -}}
{{- default "mongodb-uri" .Values.mongodb.existingSecretKey }}
{{- end }}

{{/*
Environment variable name for a Spring property name, following Spring Boot's
relaxed binding: "." and "[" become "_", "-" and "]" are dropped, upper case.
A key that is already an environment variable name (UPPER_CASE) is kept.
*/}}
{{- define "candour.envName" -}}
{{- if regexMatch "^[A-Z_][A-Z0-9_]*$" . }}
{{- . }}
{{- else }}
{{- . | replace "-" "" | replace "]" "" | replace "[" "_" | replace "." "_" | upper }}
{{- end }}
{{- end }}

{{/*
Whether the metrics endpoints have a scrape credential (a password, or an
existing Secret holding one).
*/}}
{{- define "candour.metricsScraped" -}}
{{- if or .Values.metrics.scrape.password .Values.metrics.scrape.existingSecret }}true{{ end }}
{{- end }}

{{/*
Name of the Secret that holds the scrape credential.
*/}}
{{- define "candour.metricsSecretName" -}}
{{- if .Values.metrics.scrape.existingSecret }}
{{- .Values.metrics.scrape.existingSecret }}
{{- else }}
{{- include "candour.fullname" . }}-metrics
{{- end }}
{{- end }}

{{/*
The container port of the actuator (health, metrics): "management" when
management.port is set, otherwise "http".
*/}}
{{- define "candour.actuatorPort" -}}
{{- if .Values.management.port }}management{{ else }}http{{ end }}
{{- end }}
