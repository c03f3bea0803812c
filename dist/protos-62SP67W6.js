import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import "./chunk-6RM6VHMK.js";

// node_modules/@google-cloud/cloudbuild/build/protos/protos.json with { type: 'json' }
var protos_default = {
  nested: {
    google: {
      nested: {
        devtools: {
          nested: {
            cloudbuild: {
              nested: {
                v1: {
                  options: {
                    csharp_namespace: "Google.Cloud.CloudBuild.V1",
                    go_package: "cloud.google.com/go/cloudbuild/apiv1/v2/cloudbuildpb;cloudbuildpb",
                    java_multiple_files: true,
                    java_package: "com.google.cloudbuild.v1",
                    objc_class_prefix: "GCB",
                    php_namespace: "Google\\Cloud\\Build\\V1",
                    ruby_package: "Google::Cloud::Build::V1",
                    "(google.api.resource_definition).type": "cloudbuild.googleapis.com/Repository",
                    "(google.api.resource_definition).pattern": "projects/{project}/locations/{location}/connections/{connection}/repositories/{repository}"
                  },
                  nested: {
                    CloudBuild: {
                      options: {
                        "(google.api.default_host)": "cloudbuild.googleapis.com",
                        "(google.api.oauth_scopes)": "https://www.googleapis.com/auth/cloud-platform"
                      },
                      methods: {
                        CreateBuild: {
                          requestType: "CreateBuildRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v1/projects/{project_id}/builds",
                            "(google.api.http).body": "build",
                            "(google.api.http).additional_bindings.post": "/v1/{parent=projects/*/locations/*}/builds",
                            "(google.api.http).additional_bindings.body": "build",
                            "(google.api.routing).routing_parameters.field": "parent",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}",
                            "(google.api.method_signature)": "parent",
                            "(google.longrunning.operation_info).response_type": "Build",
                            "(google.longrunning.operation_info).metadata_type": "BuildOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/projects/{project_id}/builds",
                                body: "build",
                                additional_bindings: {
                                  post: "/v1/{parent=projects/*/locations/*}/builds",
                                  body: "build"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "parent",
                                  path_template: "projects/*/locations/{location=*}"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,build"
                            },
                            {
                              "(google.api.method_signature)": "parent"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Build",
                                metadata_type: "BuildOperationMetadata"
                              }
                            }
                          ]
                        },
                        GetBuild: {
                          requestType: "GetBuildRequest",
                          responseType: "Build",
                          options: {
                            "(google.api.http).get": "/v1/projects/{project_id}/builds/{id}",
                            "(google.api.http).additional_bindings.get": "/v1/{name=projects/*/locations/*/builds/*}",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/builds/*",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/projects/{project_id}/builds/{id}",
                                additional_bindings: {
                                  get: "/v1/{name=projects/*/locations/*/builds/*}"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/builds/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,id"
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        ListBuilds: {
                          requestType: "ListBuildsRequest",
                          responseType: "ListBuildsResponse",
                          options: {
                            "(google.api.http).get": "/v1/projects/{project_id}/builds",
                            "(google.api.http).additional_bindings.get": "/v1/{parent=projects/*/locations/*}/builds",
                            "(google.api.routing).routing_parameters.field": "parent",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}",
                            "(google.api.method_signature)": "project_id,filter"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/projects/{project_id}/builds",
                                additional_bindings: {
                                  get: "/v1/{parent=projects/*/locations/*}/builds"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "parent",
                                  path_template: "projects/*/locations/{location=*}"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,filter"
                            }
                          ]
                        },
                        CancelBuild: {
                          requestType: "CancelBuildRequest",
                          responseType: "Build",
                          options: {
                            "(google.api.http).post": "/v1/projects/{project_id}/builds/{id}:cancel",
                            "(google.api.http).body": "*",
                            "(google.api.http).additional_bindings.post": "/v1/{name=projects/*/locations/*/builds/*}:cancel",
                            "(google.api.http).additional_bindings.body": "*",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/builds/*",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/projects/{project_id}/builds/{id}:cancel",
                                body: "*",
                                additional_bindings: {
                                  post: "/v1/{name=projects/*/locations/*/builds/*}:cancel",
                                  body: "*"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/builds/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,id"
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        RetryBuild: {
                          requestType: "RetryBuildRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v1/projects/{project_id}/builds/{id}:retry",
                            "(google.api.http).body": "*",
                            "(google.api.http).additional_bindings.post": "/v1/{name=projects/*/locations/*/builds/*}:retry",
                            "(google.api.http).additional_bindings.body": "*",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/builds/*",
                            "(google.api.method_signature)": "name",
                            "(google.longrunning.operation_info).response_type": "Build",
                            "(google.longrunning.operation_info).metadata_type": "BuildOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/projects/{project_id}/builds/{id}:retry",
                                body: "*",
                                additional_bindings: {
                                  post: "/v1/{name=projects/*/locations/*/builds/*}:retry",
                                  body: "*"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/builds/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,id"
                            },
                            {
                              "(google.api.method_signature)": "name"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Build",
                                metadata_type: "BuildOperationMetadata"
                              }
                            }
                          ]
                        },
                        ApproveBuild: {
                          requestType: "ApproveBuildRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v1/{name=projects/*/builds/*}:approve",
                            "(google.api.http).body": "*",
                            "(google.api.http).additional_bindings.post": "/v1/{name=projects/*/locations/*/builds/*}:approve",
                            "(google.api.http).additional_bindings.body": "*",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/builds/*",
                            "(google.api.method_signature)": "name,approval_result",
                            "(google.longrunning.operation_info).response_type": "Build",
                            "(google.longrunning.operation_info).metadata_type": "BuildOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/{name=projects/*/builds/*}:approve",
                                body: "*",
                                additional_bindings: {
                                  post: "/v1/{name=projects/*/locations/*/builds/*}:approve",
                                  body: "*"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/builds/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "name,approval_result"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Build",
                                metadata_type: "BuildOperationMetadata"
                              }
                            }
                          ]
                        },
                        CreateBuildTrigger: {
                          requestType: "CreateBuildTriggerRequest",
                          responseType: "BuildTrigger",
                          options: {
                            "(google.api.http).post": "/v1/projects/{project_id}/triggers",
                            "(google.api.http).body": "trigger",
                            "(google.api.http).additional_bindings.post": "/v1/{parent=projects/*/locations/*}/triggers",
                            "(google.api.http).additional_bindings.body": "trigger",
                            "(google.api.routing).routing_parameters.field": "parent",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}",
                            "(google.api.method_signature)": "parent"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/projects/{project_id}/triggers",
                                body: "trigger",
                                additional_bindings: {
                                  post: "/v1/{parent=projects/*/locations/*}/triggers",
                                  body: "trigger"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "parent",
                                  path_template: "projects/*/locations/{location=*}"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,trigger"
                            },
                            {
                              "(google.api.method_signature)": "parent"
                            }
                          ]
                        },
                        GetBuildTrigger: {
                          requestType: "GetBuildTriggerRequest",
                          responseType: "BuildTrigger",
                          options: {
                            "(google.api.http).get": "/v1/projects/{project_id}/triggers/{trigger_id}",
                            "(google.api.http).additional_bindings.get": "/v1/{name=projects/*/locations/*/triggers/*}",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/triggers/*",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/projects/{project_id}/triggers/{trigger_id}",
                                additional_bindings: {
                                  get: "/v1/{name=projects/*/locations/*/triggers/*}"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/triggers/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,trigger_id"
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        ListBuildTriggers: {
                          requestType: "ListBuildTriggersRequest",
                          responseType: "ListBuildTriggersResponse",
                          options: {
                            "(google.api.http).get": "/v1/projects/{project_id}/triggers",
                            "(google.api.http).additional_bindings.get": "/v1/{parent=projects/*/locations/*}/triggers",
                            "(google.api.routing).routing_parameters.field": "parent",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}",
                            "(google.api.method_signature)": "project_id"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/projects/{project_id}/triggers",
                                additional_bindings: {
                                  get: "/v1/{parent=projects/*/locations/*}/triggers"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "parent",
                                  path_template: "projects/*/locations/{location=*}"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id"
                            }
                          ]
                        },
                        DeleteBuildTrigger: {
                          requestType: "DeleteBuildTriggerRequest",
                          responseType: "google.protobuf.Empty",
                          options: {
                            "(google.api.http).delete": "/v1/projects/{project_id}/triggers/{trigger_id}",
                            "(google.api.http).additional_bindings.delete": "/v1/{name=projects/*/locations/*/triggers/*}",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/triggers/*",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                delete: "/v1/projects/{project_id}/triggers/{trigger_id}",
                                additional_bindings: {
                                  delete: "/v1/{name=projects/*/locations/*/triggers/*}"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/triggers/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,trigger_id"
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        UpdateBuildTrigger: {
                          requestType: "UpdateBuildTriggerRequest",
                          responseType: "BuildTrigger",
                          options: {
                            "(google.api.http).patch": "/v1/projects/{project_id}/triggers/{trigger_id}",
                            "(google.api.http).body": "trigger",
                            "(google.api.http).additional_bindings.patch": "/v1/{trigger.resource_name=projects/*/locations/*/triggers/*}",
                            "(google.api.http).additional_bindings.body": "trigger",
                            "(google.api.routing).routing_parameters.field": "trigger.resource_name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/triggers/*",
                            "(google.api.method_signature)": "project_id,trigger_id,trigger"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                patch: "/v1/projects/{project_id}/triggers/{trigger_id}",
                                body: "trigger",
                                additional_bindings: {
                                  patch: "/v1/{trigger.resource_name=projects/*/locations/*/triggers/*}",
                                  body: "trigger"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "trigger.resource_name",
                                  path_template: "projects/*/locations/{location=*}/triggers/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,trigger_id,trigger"
                            }
                          ]
                        },
                        RunBuildTrigger: {
                          requestType: "RunBuildTriggerRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v1/projects/{project_id}/triggers/{trigger_id}:run",
                            "(google.api.http).body": "source",
                            "(google.api.http).additional_bindings.post": "/v1/{name=projects/*/locations/*/triggers/*}:run",
                            "(google.api.http).additional_bindings.body": "*",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/triggers/*",
                            "(google.api.method_signature)": "project_id,trigger_id,source",
                            "(google.longrunning.operation_info).response_type": "Build",
                            "(google.longrunning.operation_info).metadata_type": "BuildOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/projects/{project_id}/triggers/{trigger_id}:run",
                                body: "source",
                                additional_bindings: {
                                  post: "/v1/{name=projects/*/locations/*/triggers/*}:run",
                                  body: "*"
                                }
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/triggers/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "project_id,trigger_id,source"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Build",
                                metadata_type: "BuildOperationMetadata"
                              }
                            }
                          ]
                        },
                        ReceiveTriggerWebhook: {
                          requestType: "ReceiveTriggerWebhookRequest",
                          responseType: "ReceiveTriggerWebhookResponse",
                          options: {
                            "(google.api.http).post": "/v1/projects/{project_id}/triggers/{trigger}:webhook",
                            "(google.api.http).body": "body",
                            "(google.api.http).additional_bindings.post": "/v1/{name=projects/*/locations/*/triggers/*}:webhook",
                            "(google.api.http).additional_bindings.body": "body"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/projects/{project_id}/triggers/{trigger}:webhook",
                                body: "body",
                                additional_bindings: {
                                  post: "/v1/{name=projects/*/locations/*/triggers/*}:webhook",
                                  body: "body"
                                }
                              }
                            }
                          ]
                        },
                        CreateWorkerPool: {
                          requestType: "CreateWorkerPoolRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v1/{parent=projects/*/locations/*}/workerPools",
                            "(google.api.http).body": "worker_pool",
                            "(google.api.routing).routing_parameters.field": "parent",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}",
                            "(google.api.method_signature)": "parent,worker_pool,worker_pool_id",
                            "(google.longrunning.operation_info).response_type": "WorkerPool",
                            "(google.longrunning.operation_info).metadata_type": "CreateWorkerPoolOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v1/{parent=projects/*/locations/*}/workerPools",
                                body: "worker_pool"
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "parent",
                                  path_template: "projects/*/locations/{location=*}"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent,worker_pool,worker_pool_id"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "WorkerPool",
                                metadata_type: "CreateWorkerPoolOperationMetadata"
                              }
                            }
                          ]
                        },
                        GetWorkerPool: {
                          requestType: "GetWorkerPoolRequest",
                          responseType: "WorkerPool",
                          options: {
                            "(google.api.http).get": "/v1/{name=projects/*/locations/*/workerPools/*}",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/workerPools/*",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/{name=projects/*/locations/*/workerPools/*}"
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/workerPools/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        DeleteWorkerPool: {
                          requestType: "DeleteWorkerPoolRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).delete": "/v1/{name=projects/*/locations/*/workerPools/*}",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/workerPools/*",
                            "(google.api.method_signature)": "name",
                            "(google.longrunning.operation_info).response_type": "google.protobuf.Empty",
                            "(google.longrunning.operation_info).metadata_type": "DeleteWorkerPoolOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                delete: "/v1/{name=projects/*/locations/*/workerPools/*}"
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/workerPools/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "google.protobuf.Empty",
                                metadata_type: "DeleteWorkerPoolOperationMetadata"
                              }
                            }
                          ]
                        },
                        UpdateWorkerPool: {
                          requestType: "UpdateWorkerPoolRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).patch": "/v1/{worker_pool.name=projects/*/locations/*/workerPools/*}",
                            "(google.api.http).body": "worker_pool",
                            "(google.api.routing).routing_parameters.field": "worker_pool.name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/workerPools/*",
                            "(google.api.method_signature)": "worker_pool,update_mask",
                            "(google.longrunning.operation_info).response_type": "WorkerPool",
                            "(google.longrunning.operation_info).metadata_type": "UpdateWorkerPoolOperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                patch: "/v1/{worker_pool.name=projects/*/locations/*/workerPools/*}",
                                body: "worker_pool"
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "worker_pool.name",
                                  path_template: "projects/*/locations/{location=*}/workerPools/*"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "worker_pool,update_mask"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "WorkerPool",
                                metadata_type: "UpdateWorkerPoolOperationMetadata"
                              }
                            }
                          ]
                        },
                        ListWorkerPools: {
                          requestType: "ListWorkerPoolsRequest",
                          responseType: "ListWorkerPoolsResponse",
                          options: {
                            "(google.api.http).get": "/v1/{parent=projects/*/locations/*}/workerPools",
                            "(google.api.routing).routing_parameters.field": "parent",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}",
                            "(google.api.method_signature)": "parent"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/{parent=projects/*/locations/*}/workerPools"
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "parent",
                                  path_template: "projects/*/locations/{location=*}"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent"
                            }
                          ]
                        },
                        GetDefaultServiceAccount: {
                          requestType: "GetDefaultServiceAccountRequest",
                          responseType: "DefaultServiceAccount",
                          options: {
                            "(google.api.http).get": "/v1/{name=projects/*/locations/*/defaultServiceAccount}",
                            "(google.api.routing).routing_parameters.field": "name",
                            "(google.api.routing).routing_parameters.path_template": "projects/*/locations/{location=*}/defaultServiceAccount",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v1/{name=projects/*/locations/*/defaultServiceAccount}"
                              }
                            },
                            {
                              "(google.api.routing)": {
                                routing_parameters: {
                                  field: "name",
                                  path_template: "projects/*/locations/{location=*}/defaultServiceAccount"
                                }
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        }
                      }
                    },
                    GetDefaultServiceAccountRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/DefaultServiceAccount"
                          }
                        }
                      }
                    },
                    DefaultServiceAccount: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/DefaultServiceAccount",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/defaultServiceAccount",
                        "(google.api.resource).singular": "defaultServiceAccount"
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "IDENTIFIER"
                          }
                        },
                        serviceAccountEmail: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY",
                            "(google.api.resource_reference).type": "iam.googleapis.com/ServiceAccount"
                          }
                        }
                      }
                    },
                    RetryBuildRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Build"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        id: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    RunBuildTriggerRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/BuildTrigger"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        triggerId: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        source: {
                          type: "RepoSource",
                          id: 3
                        }
                      }
                    },
                    StorageSource: {
                      fields: {
                        bucket: {
                          type: "string",
                          id: 1
                        },
                        object: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        generation: {
                          type: "int64",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        sourceFetcher: {
                          type: "SourceFetcher",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      },
                      nested: {
                        SourceFetcher: {
                          values: {
                            SOURCE_FETCHER_UNSPECIFIED: 0,
                            GSUTIL: 1,
                            GCS_FETCHER: 2
                          }
                        }
                      }
                    },
                    GitSource: {
                      fields: {
                        url: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        dir: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        revision: {
                          type: "string",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      }
                    },
                    RepoSource: {
                      oneofs: {
                        revision: {
                          oneof: [
                            "branchName",
                            "tagName",
                            "commitSha"
                          ]
                        }
                      },
                      fields: {
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        repoName: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        branchName: {
                          type: "string",
                          id: 3
                        },
                        tagName: {
                          type: "string",
                          id: 4
                        },
                        commitSha: {
                          type: "string",
                          id: 5
                        },
                        dir: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        invertRegex: {
                          type: "bool",
                          id: 8,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        substitutions: {
                          keyType: "string",
                          type: "string",
                          id: 9,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      }
                    },
                    StorageSourceManifest: {
                      fields: {
                        bucket: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        object: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        generation: {
                          type: "int64",
                          id: 3
                        }
                      }
                    },
                    ConnectedRepository: {
                      fields: {
                        repository: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        dir: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        revision: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    Source: {
                      oneofs: {
                        source: {
                          oneof: [
                            "storageSource",
                            "repoSource",
                            "gitSource",
                            "storageSourceManifest",
                            "connectedRepository"
                          ]
                        }
                      },
                      fields: {
                        storageSource: {
                          type: "StorageSource",
                          id: 2
                        },
                        repoSource: {
                          type: "RepoSource",
                          id: 3
                        },
                        gitSource: {
                          type: "GitSource",
                          id: 5
                        },
                        storageSourceManifest: {
                          type: "StorageSourceManifest",
                          id: 8
                        },
                        connectedRepository: {
                          type: "ConnectedRepository",
                          id: 9,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      }
                    },
                    BuiltImage: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1
                        },
                        digest: {
                          type: "string",
                          id: 3
                        },
                        pushTiming: {
                          type: "TimeSpan",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        artifactRegistryPackage: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    UploadedPythonPackage: {
                      fields: {
                        uri: {
                          type: "string",
                          id: 1
                        },
                        fileHashes: {
                          type: "FileHashes",
                          id: 2
                        },
                        pushTiming: {
                          type: "TimeSpan",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        artifactRegistryPackage: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    UploadedMavenArtifact: {
                      fields: {
                        uri: {
                          type: "string",
                          id: 1
                        },
                        fileHashes: {
                          type: "FileHashes",
                          id: 2
                        },
                        pushTiming: {
                          type: "TimeSpan",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        artifactRegistryPackage: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    UploadedGoModule: {
                      fields: {
                        uri: {
                          type: "string",
                          id: 1
                        },
                        fileHashes: {
                          type: "FileHashes",
                          id: 2
                        },
                        pushTiming: {
                          type: "TimeSpan",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        artifactRegistryPackage: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    UploadedNpmPackage: {
                      fields: {
                        uri: {
                          type: "string",
                          id: 1
                        },
                        fileHashes: {
                          type: "FileHashes",
                          id: 2
                        },
                        pushTiming: {
                          type: "TimeSpan",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        artifactRegistryPackage: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    BuildStep: {
                      oneofs: {
                        _automapSubstitutions: {
                          oneof: [
                            "automapSubstitutions"
                          ]
                        }
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 1
                        },
                        env: {
                          rule: "repeated",
                          type: "string",
                          id: 2
                        },
                        args: {
                          rule: "repeated",
                          type: "string",
                          id: 3
                        },
                        dir: {
                          type: "string",
                          id: 4
                        },
                        id: {
                          type: "string",
                          id: 5
                        },
                        waitFor: {
                          rule: "repeated",
                          type: "string",
                          id: 6
                        },
                        entrypoint: {
                          type: "string",
                          id: 7
                        },
                        secretEnv: {
                          rule: "repeated",
                          type: "string",
                          id: 8
                        },
                        volumes: {
                          rule: "repeated",
                          type: "Volume",
                          id: 9
                        },
                        timing: {
                          type: "TimeSpan",
                          id: 10,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        pullTiming: {
                          type: "TimeSpan",
                          id: 13,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        timeout: {
                          type: "google.protobuf.Duration",
                          id: 11
                        },
                        status: {
                          type: "Build.Status",
                          id: 12,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        allowFailure: {
                          type: "bool",
                          id: 14
                        },
                        exitCode: {
                          type: "int32",
                          id: 16,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        allowExitCodes: {
                          rule: "repeated",
                          type: "int32",
                          id: 18
                        },
                        script: {
                          type: "string",
                          id: 19
                        },
                        automapSubstitutions: {
                          type: "bool",
                          id: 20,
                          options: {
                            proto3_optional: true
                          }
                        }
                      }
                    },
                    Volume: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1
                        },
                        path: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    Results: {
                      fields: {
                        images: {
                          rule: "repeated",
                          type: "BuiltImage",
                          id: 2
                        },
                        buildStepImages: {
                          rule: "repeated",
                          type: "string",
                          id: 3
                        },
                        artifactManifest: {
                          type: "string",
                          id: 4
                        },
                        numArtifacts: {
                          type: "int64",
                          id: 5
                        },
                        buildStepOutputs: {
                          rule: "repeated",
                          type: "bytes",
                          id: 6
                        },
                        artifactTiming: {
                          type: "TimeSpan",
                          id: 7
                        },
                        pythonPackages: {
                          rule: "repeated",
                          type: "UploadedPythonPackage",
                          id: 8
                        },
                        mavenArtifacts: {
                          rule: "repeated",
                          type: "UploadedMavenArtifact",
                          id: 9
                        },
                        goModules: {
                          rule: "repeated",
                          type: "UploadedGoModule",
                          id: 10,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        npmPackages: {
                          rule: "repeated",
                          type: "UploadedNpmPackage",
                          id: 12
                        }
                      }
                    },
                    ArtifactResult: {
                      fields: {
                        location: {
                          type: "string",
                          id: 1
                        },
                        fileHash: {
                          rule: "repeated",
                          type: "FileHashes",
                          id: 2
                        }
                      }
                    },
                    Build: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/Build",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/builds/{build}",
                        "(google.api.resource).plural": "builds",
                        "(google.api.resource).singular": "build"
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 45,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        id: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 16,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        status: {
                          type: "Status",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        statusDetail: {
                          type: "string",
                          id: 24,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        source: {
                          type: "Source",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        steps: {
                          rule: "repeated",
                          type: "BuildStep",
                          id: 11
                        },
                        results: {
                          type: "Results",
                          id: 10,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        startTime: {
                          type: "google.protobuf.Timestamp",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        finishTime: {
                          type: "google.protobuf.Timestamp",
                          id: 8,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        timeout: {
                          type: "google.protobuf.Duration",
                          id: 12
                        },
                        images: {
                          rule: "repeated",
                          type: "string",
                          id: 13
                        },
                        queueTtl: {
                          type: "google.protobuf.Duration",
                          id: 40
                        },
                        artifacts: {
                          type: "Artifacts",
                          id: 37
                        },
                        logsBucket: {
                          type: "string",
                          id: 19
                        },
                        sourceProvenance: {
                          type: "SourceProvenance",
                          id: 21,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        buildTriggerId: {
                          type: "string",
                          id: 22,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        options: {
                          type: "BuildOptions",
                          id: 23
                        },
                        logUrl: {
                          type: "string",
                          id: 25,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        substitutions: {
                          keyType: "string",
                          type: "string",
                          id: 29
                        },
                        tags: {
                          rule: "repeated",
                          type: "string",
                          id: 31
                        },
                        secrets: {
                          rule: "repeated",
                          type: "Secret",
                          id: 32
                        },
                        timing: {
                          keyType: "string",
                          type: "TimeSpan",
                          id: 33,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        approval: {
                          type: "BuildApproval",
                          id: 44,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        serviceAccount: {
                          type: "string",
                          id: 42,
                          options: {
                            "(google.api.resource_reference).type": "iam.googleapis.com/ServiceAccount"
                          }
                        },
                        availableSecrets: {
                          type: "Secrets",
                          id: 47
                        },
                        warnings: {
                          rule: "repeated",
                          type: "Warning",
                          id: 49,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        gitConfig: {
                          type: "GitConfig",
                          id: 48,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        failureInfo: {
                          type: "FailureInfo",
                          id: 51,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        dependencies: {
                          rule: "repeated",
                          type: "Dependency",
                          id: 56,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      },
                      nested: {
                        Status: {
                          values: {
                            STATUS_UNKNOWN: 0,
                            PENDING: 10,
                            QUEUED: 1,
                            WORKING: 2,
                            SUCCESS: 3,
                            FAILURE: 4,
                            INTERNAL_ERROR: 5,
                            TIMEOUT: 6,
                            CANCELLED: 7,
                            EXPIRED: 9
                          }
                        },
                        Warning: {
                          fields: {
                            text: {
                              type: "string",
                              id: 1
                            },
                            priority: {
                              type: "Priority",
                              id: 2
                            }
                          },
                          nested: {
                            Priority: {
                              values: {
                                PRIORITY_UNSPECIFIED: 0,
                                INFO: 1,
                                WARNING: 2,
                                ALERT: 3
                              }
                            }
                          }
                        },
                        FailureInfo: {
                          fields: {
                            type: {
                              type: "FailureType",
                              id: 1
                            },
                            detail: {
                              type: "string",
                              id: 2
                            }
                          },
                          nested: {
                            FailureType: {
                              values: {
                                FAILURE_TYPE_UNSPECIFIED: 0,
                                PUSH_FAILED: 1,
                                PUSH_IMAGE_NOT_FOUND: 2,
                                PUSH_NOT_AUTHORIZED: 3,
                                LOGGING_FAILURE: 4,
                                USER_BUILD_STEP: 5,
                                FETCH_SOURCE_FAILED: 6
                              }
                            }
                          }
                        }
                      }
                    },
                    Dependency: {
                      oneofs: {
                        dep: {
                          oneof: [
                            "empty",
                            "gitSource"
                          ]
                        }
                      },
                      fields: {
                        empty: {
                          type: "bool",
                          id: 1
                        },
                        gitSource: {
                          type: "GitSourceDependency",
                          id: 2
                        }
                      },
                      nested: {
                        GitSourceDependency: {
                          fields: {
                            repository: {
                              type: "GitSourceRepository",
                              id: 1,
                              options: {
                                "(google.api.field_behavior)": "REQUIRED"
                              }
                            },
                            revision: {
                              type: "string",
                              id: 2,
                              options: {
                                "(google.api.field_behavior)": "REQUIRED"
                              }
                            },
                            recurseSubmodules: {
                              type: "bool",
                              id: 3,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            depth: {
                              type: "int64",
                              id: 4,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            destPath: {
                              type: "string",
                              id: 5,
                              options: {
                                "(google.api.field_behavior)": "REQUIRED"
                              }
                            }
                          }
                        },
                        GitSourceRepository: {
                          oneofs: {
                            repotype: {
                              oneof: [
                                "url",
                                "developerConnect"
                              ]
                            }
                          },
                          fields: {
                            url: {
                              type: "string",
                              id: 1
                            },
                            developerConnect: {
                              type: "string",
                              id: 2,
                              options: {
                                "(google.api.resource_reference).type": "developerconnect.googleapis.com/GitRepositoryLink"
                              }
                            }
                          }
                        }
                      }
                    },
                    GitConfig: {
                      fields: {
                        http: {
                          type: "HttpConfig",
                          id: 1
                        }
                      },
                      nested: {
                        HttpConfig: {
                          fields: {
                            proxySecretVersionName: {
                              type: "string",
                              id: 1,
                              options: {
                                "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                              }
                            }
                          }
                        }
                      }
                    },
                    Artifacts: {
                      fields: {
                        images: {
                          rule: "repeated",
                          type: "string",
                          id: 1
                        },
                        objects: {
                          type: "ArtifactObjects",
                          id: 2
                        },
                        mavenArtifacts: {
                          rule: "repeated",
                          type: "MavenArtifact",
                          id: 3
                        },
                        goModules: {
                          rule: "repeated",
                          type: "GoModule",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        pythonPackages: {
                          rule: "repeated",
                          type: "PythonPackage",
                          id: 5
                        },
                        npmPackages: {
                          rule: "repeated",
                          type: "NpmPackage",
                          id: 6
                        }
                      },
                      nested: {
                        ArtifactObjects: {
                          fields: {
                            location: {
                              type: "string",
                              id: 1
                            },
                            paths: {
                              rule: "repeated",
                              type: "string",
                              id: 2
                            },
                            timing: {
                              type: "TimeSpan",
                              id: 3,
                              options: {
                                "(google.api.field_behavior)": "OUTPUT_ONLY"
                              }
                            }
                          }
                        },
                        MavenArtifact: {
                          fields: {
                            repository: {
                              type: "string",
                              id: 1
                            },
                            path: {
                              type: "string",
                              id: 2,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            artifactId: {
                              type: "string",
                              id: 3
                            },
                            groupId: {
                              type: "string",
                              id: 4
                            },
                            version: {
                              type: "string",
                              id: 5
                            }
                          }
                        },
                        GoModule: {
                          fields: {
                            repositoryName: {
                              type: "string",
                              id: 1,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            repositoryLocation: {
                              type: "string",
                              id: 2,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            repositoryProjectId: {
                              type: "string",
                              id: 3,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            sourcePath: {
                              type: "string",
                              id: 4,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            modulePath: {
                              type: "string",
                              id: 5,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            moduleVersion: {
                              type: "string",
                              id: 6,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            }
                          }
                        },
                        PythonPackage: {
                          fields: {
                            repository: {
                              type: "string",
                              id: 1
                            },
                            paths: {
                              rule: "repeated",
                              type: "string",
                              id: 2
                            }
                          }
                        },
                        NpmPackage: {
                          fields: {
                            repository: {
                              type: "string",
                              id: 1
                            },
                            packagePath: {
                              type: "string",
                              id: 2,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            }
                          }
                        }
                      }
                    },
                    TimeSpan: {
                      fields: {
                        startTime: {
                          type: "google.protobuf.Timestamp",
                          id: 1
                        },
                        endTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2
                        }
                      }
                    },
                    BuildOperationMetadata: {
                      fields: {
                        build: {
                          type: "Build",
                          id: 1
                        }
                      }
                    },
                    SourceProvenance: {
                      fields: {
                        resolvedStorageSource: {
                          type: "StorageSource",
                          id: 3
                        },
                        resolvedRepoSource: {
                          type: "RepoSource",
                          id: 6
                        },
                        resolvedStorageSourceManifest: {
                          type: "StorageSourceManifest",
                          id: 9
                        },
                        resolvedConnectedRepository: {
                          type: "ConnectedRepository",
                          id: 10,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        resolvedGitSource: {
                          type: "GitSource",
                          id: 11,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        fileHashes: {
                          keyType: "string",
                          type: "FileHashes",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    FileHashes: {
                      fields: {
                        fileHash: {
                          rule: "repeated",
                          type: "Hash",
                          id: 1
                        }
                      }
                    },
                    Hash: {
                      fields: {
                        type: {
                          type: "HashType",
                          id: 1
                        },
                        value: {
                          type: "bytes",
                          id: 2
                        }
                      },
                      nested: {
                        HashType: {
                          values: {
                            NONE: 0,
                            SHA256: 1,
                            MD5: 2,
                            GO_MODULE_H1: 3,
                            SHA512: 4
                          }
                        }
                      }
                    },
                    Secrets: {
                      fields: {
                        secretManager: {
                          rule: "repeated",
                          type: "SecretManagerSecret",
                          id: 1
                        },
                        inline: {
                          rule: "repeated",
                          type: "InlineSecret",
                          id: 2
                        }
                      }
                    },
                    InlineSecret: {
                      fields: {
                        kmsKeyName: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "cloudkms.googleapis.com/CryptoKey"
                          }
                        },
                        envMap: {
                          keyType: "string",
                          type: "bytes",
                          id: 2
                        }
                      }
                    },
                    SecretManagerSecret: {
                      fields: {
                        versionName: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        env: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    Secret: {
                      fields: {
                        kmsKeyName: {
                          type: "string",
                          id: 1
                        },
                        secretEnv: {
                          keyType: "string",
                          type: "bytes",
                          id: 3
                        }
                      }
                    },
                    CreateBuildRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/Build"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        build: {
                          type: "Build",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    GetBuildRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Build"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        id: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    ListBuildsRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 9,
                          options: {
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/Build"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        pageSize: {
                          type: "int32",
                          id: 2
                        },
                        pageToken: {
                          type: "string",
                          id: 3
                        },
                        filter: {
                          type: "string",
                          id: 8
                        }
                      }
                    },
                    ListBuildsResponse: {
                      fields: {
                        builds: {
                          rule: "repeated",
                          type: "Build",
                          id: 1
                        },
                        nextPageToken: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    CancelBuildRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Build"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        id: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    ApproveBuildRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        approvalResult: {
                          type: "ApprovalResult",
                          id: 2
                        }
                      }
                    },
                    BuildApproval: {
                      fields: {
                        state: {
                          type: "State",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        config: {
                          type: "ApprovalConfig",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        result: {
                          type: "ApprovalResult",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      },
                      nested: {
                        State: {
                          values: {
                            STATE_UNSPECIFIED: 0,
                            PENDING: 1,
                            APPROVED: 2,
                            REJECTED: 3,
                            CANCELLED: 5
                          }
                        }
                      }
                    },
                    ApprovalConfig: {
                      fields: {
                        approvalRequired: {
                          type: "bool",
                          id: 1
                        }
                      }
                    },
                    ApprovalResult: {
                      fields: {
                        approverAccount: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        approvalTime: {
                          type: "google.protobuf.Timestamp",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        decision: {
                          type: "Decision",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        comment: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        url: {
                          type: "string",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      },
                      nested: {
                        Decision: {
                          values: {
                            DECISION_UNSPECIFIED: 0,
                            APPROVED: 1,
                            REJECTED: 2
                          }
                        }
                      }
                    },
                    GitRepoSource: {
                      oneofs: {
                        source: {
                          oneof: [
                            "repository"
                          ]
                        },
                        enterpriseConfig: {
                          oneof: [
                            "githubEnterpriseConfig"
                          ]
                        }
                      },
                      fields: {
                        uri: {
                          type: "string",
                          id: 1
                        },
                        repository: {
                          type: "string",
                          id: 6,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        ref: {
                          type: "string",
                          id: 2
                        },
                        repoType: {
                          type: "GitFileSource.RepoType",
                          id: 3
                        },
                        githubEnterpriseConfig: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/GithubEnterpriseConfig"
                          }
                        }
                      }
                    },
                    GitFileSource: {
                      oneofs: {
                        source: {
                          oneof: [
                            "repository"
                          ]
                        },
                        enterpriseConfig: {
                          oneof: [
                            "githubEnterpriseConfig"
                          ]
                        }
                      },
                      fields: {
                        path: {
                          type: "string",
                          id: 1
                        },
                        uri: {
                          type: "string",
                          id: 2
                        },
                        repository: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        repoType: {
                          type: "RepoType",
                          id: 3
                        },
                        revision: {
                          type: "string",
                          id: 4
                        },
                        githubEnterpriseConfig: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/GithubEnterpriseConfig"
                          }
                        }
                      },
                      nested: {
                        RepoType: {
                          values: {
                            UNKNOWN: 0,
                            CLOUD_SOURCE_REPOSITORIES: 1,
                            GITHUB: 2,
                            BITBUCKET_SERVER: 3,
                            GITLAB: 4
                          }
                        }
                      }
                    },
                    BuildTrigger: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/BuildTrigger",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/triggers/{trigger}",
                        "(google.api.resource).plural": "triggers",
                        "(google.api.resource).singular": "trigger"
                      },
                      oneofs: {
                        buildTemplate: {
                          oneof: [
                            "autodetect",
                            "build",
                            "filename",
                            "gitFileSource"
                          ]
                        }
                      },
                      fields: {
                        resourceName: {
                          type: "string",
                          id: 34
                        },
                        id: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        description: {
                          type: "string",
                          id: 10
                        },
                        name: {
                          type: "string",
                          id: 21
                        },
                        tags: {
                          rule: "repeated",
                          type: "string",
                          id: 19
                        },
                        triggerTemplate: {
                          type: "RepoSource",
                          id: 7
                        },
                        github: {
                          type: "GitHubEventsConfig",
                          id: 13
                        },
                        pubsubConfig: {
                          type: "PubsubConfig",
                          id: 29
                        },
                        webhookConfig: {
                          type: "WebhookConfig",
                          id: 31
                        },
                        autodetect: {
                          type: "bool",
                          id: 18
                        },
                        build: {
                          type: "Build",
                          id: 4
                        },
                        filename: {
                          type: "string",
                          id: 8
                        },
                        gitFileSource: {
                          type: "GitFileSource",
                          id: 24
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        disabled: {
                          type: "bool",
                          id: 9
                        },
                        substitutions: {
                          keyType: "string",
                          type: "string",
                          id: 11
                        },
                        ignoredFiles: {
                          rule: "repeated",
                          type: "string",
                          id: 15
                        },
                        includedFiles: {
                          rule: "repeated",
                          type: "string",
                          id: 16
                        },
                        filter: {
                          type: "string",
                          id: 30,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        sourceToBuild: {
                          type: "GitRepoSource",
                          id: 26
                        },
                        serviceAccount: {
                          type: "string",
                          id: 33,
                          options: {
                            "(google.api.resource_reference).type": "iam.googleapis.com/ServiceAccount"
                          }
                        },
                        repositoryEventConfig: {
                          type: "RepositoryEventConfig",
                          id: 39
                        }
                      }
                    },
                    RepositoryEventConfig: {
                      oneofs: {
                        filter: {
                          oneof: [
                            "pullRequest",
                            "push"
                          ]
                        }
                      },
                      fields: {
                        repository: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        repositoryType: {
                          type: "RepositoryType",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        pullRequest: {
                          type: "PullRequestFilter",
                          id: 3
                        },
                        push: {
                          type: "PushFilter",
                          id: 4
                        }
                      },
                      nested: {
                        RepositoryType: {
                          values: {
                            REPOSITORY_TYPE_UNSPECIFIED: 0,
                            GITHUB: 1,
                            GITHUB_ENTERPRISE: 2,
                            GITLAB_ENTERPRISE: 3
                          }
                        }
                      }
                    },
                    GitHubEventsConfig: {
                      oneofs: {
                        event: {
                          oneof: [
                            "pullRequest",
                            "push"
                          ]
                        }
                      },
                      fields: {
                        installationId: {
                          type: "int64",
                          id: 1,
                          options: {
                            deprecated: true
                          }
                        },
                        owner: {
                          type: "string",
                          id: 6
                        },
                        name: {
                          type: "string",
                          id: 7
                        },
                        pullRequest: {
                          type: "PullRequestFilter",
                          id: 4
                        },
                        push: {
                          type: "PushFilter",
                          id: 5
                        }
                      }
                    },
                    PubsubConfig: {
                      fields: {
                        subscription: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY",
                            "(google.api.resource_reference).type": "pubsub.googleapis.com/Subscription"
                          }
                        },
                        topic: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL",
                            "(google.api.resource_reference).type": "pubsub.googleapis.com/Topic"
                          }
                        },
                        serviceAccountEmail: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.resource_reference).type": "iam.googleapis.com/ServiceAccount"
                          }
                        },
                        state: {
                          type: "State",
                          id: 4
                        }
                      },
                      nested: {
                        State: {
                          values: {
                            STATE_UNSPECIFIED: 0,
                            OK: 1,
                            SUBSCRIPTION_DELETED: 2,
                            TOPIC_DELETED: 3,
                            SUBSCRIPTION_MISCONFIGURED: 4
                          }
                        }
                      }
                    },
                    WebhookConfig: {
                      oneofs: {
                        authMethod: {
                          oneof: [
                            "secret"
                          ]
                        }
                      },
                      fields: {
                        secret: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        state: {
                          type: "State",
                          id: 4
                        }
                      },
                      nested: {
                        State: {
                          values: {
                            STATE_UNSPECIFIED: 0,
                            OK: 1,
                            SECRET_DELETED: 2
                          }
                        }
                      }
                    },
                    PullRequestFilter: {
                      oneofs: {
                        gitRef: {
                          oneof: [
                            "branch"
                          ]
                        }
                      },
                      fields: {
                        branch: {
                          type: "string",
                          id: 2
                        },
                        commentControl: {
                          type: "CommentControl",
                          id: 5
                        },
                        invertRegex: {
                          type: "bool",
                          id: 6
                        }
                      },
                      nested: {
                        CommentControl: {
                          values: {
                            COMMENTS_DISABLED: 0,
                            COMMENTS_ENABLED: 1,
                            COMMENTS_ENABLED_FOR_EXTERNAL_CONTRIBUTORS_ONLY: 2
                          }
                        }
                      }
                    },
                    PushFilter: {
                      oneofs: {
                        gitRef: {
                          oneof: [
                            "branch",
                            "tag"
                          ]
                        }
                      },
                      fields: {
                        branch: {
                          type: "string",
                          id: 2
                        },
                        tag: {
                          type: "string",
                          id: 3
                        },
                        invertRegex: {
                          type: "bool",
                          id: 4
                        }
                      }
                    },
                    CreateBuildTriggerRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/BuildTrigger"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        trigger: {
                          type: "BuildTrigger",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    GetBuildTriggerRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/BuildTrigger"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        triggerId: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    ListBuildTriggersRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/BuildTrigger"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        pageSize: {
                          type: "int32",
                          id: 2
                        },
                        pageToken: {
                          type: "string",
                          id: 3
                        }
                      }
                    },
                    ListBuildTriggersResponse: {
                      fields: {
                        triggers: {
                          rule: "repeated",
                          type: "BuildTrigger",
                          id: 1
                        },
                        nextPageToken: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    DeleteBuildTriggerRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/BuildTrigger"
                          }
                        },
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        triggerId: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    UpdateBuildTriggerRequest: {
                      fields: {
                        projectId: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        triggerId: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        trigger: {
                          type: "BuildTrigger",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        updateMask: {
                          type: "google.protobuf.FieldMask",
                          id: 5
                        }
                      }
                    },
                    BuildOptions: {
                      fields: {
                        sourceProvenanceHash: {
                          rule: "repeated",
                          type: "Hash.HashType",
                          id: 1
                        },
                        requestedVerifyOption: {
                          type: "VerifyOption",
                          id: 2
                        },
                        machineType: {
                          type: "MachineType",
                          id: 3
                        },
                        diskSizeGb: {
                          type: "int64",
                          id: 6
                        },
                        substitutionOption: {
                          type: "SubstitutionOption",
                          id: 4
                        },
                        dynamicSubstitutions: {
                          type: "bool",
                          id: 17
                        },
                        automapSubstitutions: {
                          type: "bool",
                          id: 22
                        },
                        logStreamingOption: {
                          type: "LogStreamingOption",
                          id: 5
                        },
                        workerPool: {
                          type: "string",
                          id: 7,
                          options: {
                            deprecated: true
                          }
                        },
                        pool: {
                          type: "PoolOption",
                          id: 19,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        logging: {
                          type: "LoggingMode",
                          id: 11
                        },
                        env: {
                          rule: "repeated",
                          type: "string",
                          id: 12
                        },
                        secretEnv: {
                          rule: "repeated",
                          type: "string",
                          id: 13
                        },
                        volumes: {
                          rule: "repeated",
                          type: "Volume",
                          id: 14
                        },
                        defaultLogsBucketBehavior: {
                          type: "DefaultLogsBucketBehavior",
                          id: 21,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        enableStructuredLogging: {
                          type: "bool",
                          id: 23,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      },
                      nested: {
                        VerifyOption: {
                          values: {
                            NOT_VERIFIED: 0,
                            VERIFIED: 1
                          }
                        },
                        MachineType: {
                          valuesOptions: {
                            N1_HIGHCPU_8: {
                              deprecated: true
                            },
                            N1_HIGHCPU_32: {
                              deprecated: true
                            }
                          },
                          values: {
                            UNSPECIFIED: 0,
                            N1_HIGHCPU_8: 1,
                            N1_HIGHCPU_32: 2,
                            E2_HIGHCPU_8: 5,
                            E2_HIGHCPU_32: 6,
                            E2_MEDIUM: 7,
                            E2_STANDARD_2: 11
                          }
                        },
                        SubstitutionOption: {
                          values: {
                            MUST_MATCH: 0,
                            ALLOW_LOOSE: 1
                          }
                        },
                        LogStreamingOption: {
                          values: {
                            STREAM_DEFAULT: 0,
                            STREAM_ON: 1,
                            STREAM_OFF: 2
                          }
                        },
                        PoolOption: {
                          fields: {
                            name: {
                              type: "string",
                              id: 1,
                              options: {
                                "(google.api.resource_reference).type": "cloudbuild.googleapis.com/WorkerPool"
                              }
                            }
                          }
                        },
                        LoggingMode: {
                          valuesOptions: {
                            STACKDRIVER_ONLY: {
                              deprecated: true
                            }
                          },
                          values: {
                            LOGGING_UNSPECIFIED: 0,
                            LEGACY: 1,
                            GCS_ONLY: 2,
                            STACKDRIVER_ONLY: 3,
                            CLOUD_LOGGING_ONLY: 5,
                            NONE: 4
                          }
                        },
                        DefaultLogsBucketBehavior: {
                          values: {
                            DEFAULT_LOGS_BUCKET_BEHAVIOR_UNSPECIFIED: 0,
                            REGIONAL_USER_OWNED_BUCKET: 1,
                            LEGACY_BUCKET: 2
                          }
                        }
                      }
                    },
                    ReceiveTriggerWebhookRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 5
                        },
                        body: {
                          type: "google.api.HttpBody",
                          id: 1
                        },
                        projectId: {
                          type: "string",
                          id: 2
                        },
                        trigger: {
                          type: "string",
                          id: 3
                        },
                        secret: {
                          type: "string",
                          id: 4
                        }
                      }
                    },
                    ReceiveTriggerWebhookResponse: {
                      fields: {}
                    },
                    GitHubEnterpriseConfig: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/GithubEnterpriseConfig",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/githubEnterpriseConfigs/{config}"
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 7
                        },
                        hostUrl: {
                          type: "string",
                          id: 3
                        },
                        appId: {
                          type: "int64",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        webhookKey: {
                          type: "string",
                          id: 8
                        },
                        peeredNetwork: {
                          type: "string",
                          id: 9,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL",
                            "(google.api.resource_reference).type": "compute.googleapis.com/Network"
                          }
                        },
                        secrets: {
                          type: "GitHubEnterpriseSecrets",
                          id: 10,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        displayName: {
                          type: "string",
                          id: 11,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        sslCa: {
                          type: "string",
                          id: 12,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        }
                      }
                    },
                    GitHubEnterpriseSecrets: {
                      fields: {
                        privateKeyVersionName: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        webhookSecretVersionName: {
                          type: "string",
                          id: 6,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        oauthSecretVersionName: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        oauthClientIdVersionName: {
                          type: "string",
                          id: 8,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        }
                      }
                    },
                    WorkerPool: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/WorkerPool",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/workerPools/{worker_pool}",
                        "(google.api.resource).plural": "workerPools",
                        "(google.api.resource).singular": "workerPool",
                        "(google.api.resource).style": "DECLARATIVE_FRIENDLY"
                      },
                      oneofs: {
                        config: {
                          oneof: [
                            "privatePoolV1Config"
                          ]
                        }
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        displayName: {
                          type: "string",
                          id: 2
                        },
                        uid: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        annotations: {
                          keyType: "string",
                          type: "string",
                          id: 4
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        updateTime: {
                          type: "google.protobuf.Timestamp",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        deleteTime: {
                          type: "google.protobuf.Timestamp",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        state: {
                          type: "State",
                          id: 8,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        privatePoolV1Config: {
                          type: "PrivatePoolV1Config",
                          id: 12
                        },
                        etag: {
                          type: "string",
                          id: 11,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      },
                      nested: {
                        State: {
                          values: {
                            STATE_UNSPECIFIED: 0,
                            CREATING: 1,
                            RUNNING: 2,
                            DELETING: 3,
                            DELETED: 4,
                            UPDATING: 5
                          }
                        }
                      }
                    },
                    PrivatePoolV1Config: {
                      fields: {
                        workerConfig: {
                          type: "WorkerConfig",
                          id: 1
                        },
                        networkConfig: {
                          type: "NetworkConfig",
                          id: 2
                        },
                        privateServiceConnect: {
                          type: "PrivateServiceConnect",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "IMMUTABLE"
                          }
                        }
                      },
                      nested: {
                        WorkerConfig: {
                          oneofs: {
                            _enableNestedVirtualization: {
                              oneof: [
                                "enableNestedVirtualization"
                              ]
                            }
                          },
                          fields: {
                            machineType: {
                              type: "string",
                              id: 1,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL"
                              }
                            },
                            diskSizeGb: {
                              type: "int64",
                              id: 2
                            },
                            enableNestedVirtualization: {
                              type: "bool",
                              id: 3,
                              options: {
                                "(google.api.field_behavior)": "OPTIONAL",
                                proto3_optional: true
                              }
                            }
                          }
                        },
                        NetworkConfig: {
                          fields: {
                            peeredNetwork: {
                              type: "string",
                              id: 1,
                              options: {
                                "(google.api.field_behavior)": "REQUIRED",
                                "(google.api.resource_reference).type": "compute.googleapis.com/Network"
                              }
                            },
                            egressOption: {
                              type: "EgressOption",
                              id: 2
                            },
                            peeredNetworkIpRange: {
                              type: "string",
                              id: 3,
                              options: {
                                "(google.api.field_behavior)": "IMMUTABLE"
                              }
                            }
                          },
                          nested: {
                            EgressOption: {
                              values: {
                                EGRESS_OPTION_UNSPECIFIED: 0,
                                NO_PUBLIC_EGRESS: 1,
                                PUBLIC_EGRESS: 2
                              }
                            }
                          }
                        },
                        PrivateServiceConnect: {
                          fields: {
                            networkAttachment: {
                              type: "string",
                              id: 1,
                              options: {
                                "(google.api.field_behavior)": "REQUIRED",
                                "(google.api.resource_reference).type": "compute.googleapis.com/NetworkAttachment"
                              }
                            },
                            publicIpAddressDisabled: {
                              type: "bool",
                              id: 2,
                              options: {
                                "(google.api.field_behavior)": "IMMUTABLE"
                              }
                            },
                            routeAllTraffic: {
                              type: "bool",
                              id: 3,
                              options: {
                                "(google.api.field_behavior)": "IMMUTABLE"
                              }
                            }
                          }
                        }
                      }
                    },
                    CreateWorkerPoolRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "locations.googleapis.com/Location"
                          }
                        },
                        workerPool: {
                          type: "WorkerPool",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        workerPoolId: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        validateOnly: {
                          type: "bool",
                          id: 4
                        }
                      }
                    },
                    GetWorkerPoolRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/WorkerPool"
                          }
                        }
                      }
                    },
                    DeleteWorkerPoolRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/WorkerPool"
                          }
                        },
                        etag: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        allowMissing: {
                          type: "bool",
                          id: 3
                        },
                        validateOnly: {
                          type: "bool",
                          id: 4
                        }
                      }
                    },
                    UpdateWorkerPoolRequest: {
                      fields: {
                        workerPool: {
                          type: "WorkerPool",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        updateMask: {
                          type: "google.protobuf.FieldMask",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        validateOnly: {
                          type: "bool",
                          id: 4
                        }
                      }
                    },
                    ListWorkerPoolsRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "locations.googleapis.com/Location"
                          }
                        },
                        pageSize: {
                          type: "int32",
                          id: 2
                        },
                        pageToken: {
                          type: "string",
                          id: 3
                        }
                      }
                    },
                    ListWorkerPoolsResponse: {
                      fields: {
                        workerPools: {
                          rule: "repeated",
                          type: "WorkerPool",
                          id: 1
                        },
                        nextPageToken: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    CreateWorkerPoolOperationMetadata: {
                      fields: {
                        workerPool: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/WorkerPool"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2
                        },
                        completeTime: {
                          type: "google.protobuf.Timestamp",
                          id: 3
                        }
                      }
                    },
                    UpdateWorkerPoolOperationMetadata: {
                      fields: {
                        workerPool: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/WorkerPool"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2
                        },
                        completeTime: {
                          type: "google.protobuf.Timestamp",
                          id: 3
                        }
                      }
                    },
                    DeleteWorkerPoolOperationMetadata: {
                      fields: {
                        workerPool: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/WorkerPool"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2
                        },
                        completeTime: {
                          type: "google.protobuf.Timestamp",
                          id: 3
                        }
                      }
                    }
                  }
                },
                v2: {
                  options: {
                    csharp_namespace: "Google.Cloud.CloudBuild.V2",
                    go_package: "cloud.google.com/go/cloudbuild/apiv2/cloudbuildpb;cloudbuildpb",
                    java_multiple_files: true,
                    java_outer_classname: "RepositoryManagerProto",
                    java_package: "com.google.cloudbuild.v2",
                    objc_class_prefix: "GCB",
                    php_namespace: "Google\\Cloud\\Build\\V2",
                    ruby_package: "Google::Cloud::Build::V2",
                    "(google.api.resource_definition).type": "servicedirectory.googleapis.com/Service",
                    "(google.api.resource_definition).pattern": "projects/{project}/locations/{location}/namespaces/{namespace}/services/{service}"
                  },
                  nested: {
                    OperationMetadata: {
                      fields: {
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        endTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        target: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        verb: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        statusMessage: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        requestedCancellation: {
                          type: "bool",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        apiVersion: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    RunWorkflowCustomOperationMetadata: {
                      fields: {
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        endTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        verb: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        requestedCancellation: {
                          type: "bool",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        apiVersion: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        target: {
                          type: "string",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        pipelineRunId: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    RepositoryManager: {
                      options: {
                        "(google.api.default_host)": "cloudbuild.googleapis.com",
                        "(google.api.oauth_scopes)": "https://www.googleapis.com/auth/cloud-platform"
                      },
                      methods: {
                        CreateConnection: {
                          requestType: "CreateConnectionRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v2/{parent=projects/*/locations/*}/connections",
                            "(google.api.http).body": "connection",
                            "(google.api.method_signature)": "parent,connection,connection_id",
                            "(google.longrunning.operation_info).response_type": "Connection",
                            "(google.longrunning.operation_info).metadata_type": "google.devtools.cloudbuild.v2.OperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v2/{parent=projects/*/locations/*}/connections",
                                body: "connection"
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent,connection,connection_id"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Connection",
                                metadata_type: "google.devtools.cloudbuild.v2.OperationMetadata"
                              }
                            }
                          ]
                        },
                        GetConnection: {
                          requestType: "GetConnectionRequest",
                          responseType: "Connection",
                          options: {
                            "(google.api.http).get": "/v2/{name=projects/*/locations/*/connections/*}",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v2/{name=projects/*/locations/*/connections/*}"
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        ListConnections: {
                          requestType: "ListConnectionsRequest",
                          responseType: "ListConnectionsResponse",
                          options: {
                            "(google.api.http).get": "/v2/{parent=projects/*/locations/*}/connections",
                            "(google.api.method_signature)": "parent"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v2/{parent=projects/*/locations/*}/connections"
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent"
                            }
                          ]
                        },
                        UpdateConnection: {
                          requestType: "UpdateConnectionRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).patch": "/v2/{connection.name=projects/*/locations/*/connections/*}",
                            "(google.api.http).body": "connection",
                            "(google.api.method_signature)": "connection,update_mask",
                            "(google.longrunning.operation_info).response_type": "Connection",
                            "(google.longrunning.operation_info).metadata_type": "google.devtools.cloudbuild.v2.OperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                patch: "/v2/{connection.name=projects/*/locations/*/connections/*}",
                                body: "connection"
                              }
                            },
                            {
                              "(google.api.method_signature)": "connection,update_mask"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Connection",
                                metadata_type: "google.devtools.cloudbuild.v2.OperationMetadata"
                              }
                            }
                          ]
                        },
                        DeleteConnection: {
                          requestType: "DeleteConnectionRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).delete": "/v2/{name=projects/*/locations/*/connections/*}",
                            "(google.api.method_signature)": "name",
                            "(google.longrunning.operation_info).response_type": "google.protobuf.Empty",
                            "(google.longrunning.operation_info).metadata_type": "google.devtools.cloudbuild.v2.OperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                delete: "/v2/{name=projects/*/locations/*/connections/*}"
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "google.protobuf.Empty",
                                metadata_type: "google.devtools.cloudbuild.v2.OperationMetadata"
                              }
                            }
                          ]
                        },
                        CreateRepository: {
                          requestType: "CreateRepositoryRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v2/{parent=projects/*/locations/*/connections/*}/repositories",
                            "(google.api.http).body": "repository",
                            "(google.api.method_signature)": "parent,repository,repository_id",
                            "(google.longrunning.operation_info).response_type": "Repository",
                            "(google.longrunning.operation_info).metadata_type": "google.devtools.cloudbuild.v2.OperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v2/{parent=projects/*/locations/*/connections/*}/repositories",
                                body: "repository"
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent,repository,repository_id"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "Repository",
                                metadata_type: "google.devtools.cloudbuild.v2.OperationMetadata"
                              }
                            }
                          ]
                        },
                        BatchCreateRepositories: {
                          requestType: "BatchCreateRepositoriesRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).post": "/v2/{parent=projects/*/locations/*/connections/*}/repositories:batchCreate",
                            "(google.api.http).body": "*",
                            "(google.api.method_signature)": "parent,requests",
                            "(google.longrunning.operation_info).response_type": "BatchCreateRepositoriesResponse",
                            "(google.longrunning.operation_info).metadata_type": "google.devtools.cloudbuild.v2.OperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v2/{parent=projects/*/locations/*/connections/*}/repositories:batchCreate",
                                body: "*"
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent,requests"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "BatchCreateRepositoriesResponse",
                                metadata_type: "google.devtools.cloudbuild.v2.OperationMetadata"
                              }
                            }
                          ]
                        },
                        GetRepository: {
                          requestType: "GetRepositoryRequest",
                          responseType: "Repository",
                          options: {
                            "(google.api.http).get": "/v2/{name=projects/*/locations/*/connections/*/repositories/*}",
                            "(google.api.method_signature)": "name"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v2/{name=projects/*/locations/*/connections/*/repositories/*}"
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            }
                          ]
                        },
                        ListRepositories: {
                          requestType: "ListRepositoriesRequest",
                          responseType: "ListRepositoriesResponse",
                          options: {
                            "(google.api.http).get": "/v2/{parent=projects/*/locations/*/connections/*}/repositories",
                            "(google.api.method_signature)": "parent"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v2/{parent=projects/*/locations/*/connections/*}/repositories"
                              }
                            },
                            {
                              "(google.api.method_signature)": "parent"
                            }
                          ]
                        },
                        DeleteRepository: {
                          requestType: "DeleteRepositoryRequest",
                          responseType: "google.longrunning.Operation",
                          options: {
                            "(google.api.http).delete": "/v2/{name=projects/*/locations/*/connections/*/repositories/*}",
                            "(google.api.method_signature)": "name",
                            "(google.longrunning.operation_info).response_type": "google.protobuf.Empty",
                            "(google.longrunning.operation_info).metadata_type": "google.devtools.cloudbuild.v2.OperationMetadata"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                delete: "/v2/{name=projects/*/locations/*/connections/*/repositories/*}"
                              }
                            },
                            {
                              "(google.api.method_signature)": "name"
                            },
                            {
                              "(google.longrunning.operation_info)": {
                                response_type: "google.protobuf.Empty",
                                metadata_type: "google.devtools.cloudbuild.v2.OperationMetadata"
                              }
                            }
                          ]
                        },
                        FetchReadWriteToken: {
                          requestType: "FetchReadWriteTokenRequest",
                          responseType: "FetchReadWriteTokenResponse",
                          options: {
                            "(google.api.http).post": "/v2/{repository=projects/*/locations/*/connections/*/repositories/*}:accessReadWriteToken",
                            "(google.api.http).body": "*",
                            "(google.api.method_signature)": "repository"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v2/{repository=projects/*/locations/*/connections/*/repositories/*}:accessReadWriteToken",
                                body: "*"
                              }
                            },
                            {
                              "(google.api.method_signature)": "repository"
                            }
                          ]
                        },
                        FetchReadToken: {
                          requestType: "FetchReadTokenRequest",
                          responseType: "FetchReadTokenResponse",
                          options: {
                            "(google.api.http).post": "/v2/{repository=projects/*/locations/*/connections/*/repositories/*}:accessReadToken",
                            "(google.api.http).body": "*",
                            "(google.api.method_signature)": "repository"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                post: "/v2/{repository=projects/*/locations/*/connections/*/repositories/*}:accessReadToken",
                                body: "*"
                              }
                            },
                            {
                              "(google.api.method_signature)": "repository"
                            }
                          ]
                        },
                        FetchLinkableRepositories: {
                          requestType: "FetchLinkableRepositoriesRequest",
                          responseType: "FetchLinkableRepositoriesResponse",
                          options: {
                            "(google.api.http).get": "/v2/{connection=projects/*/locations/*/connections/*}:fetchLinkableRepositories"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v2/{connection=projects/*/locations/*/connections/*}:fetchLinkableRepositories"
                              }
                            }
                          ]
                        },
                        FetchGitRefs: {
                          requestType: "FetchGitRefsRequest",
                          responseType: "FetchGitRefsResponse",
                          options: {
                            "(google.api.http).get": "/v2/{repository=projects/*/locations/*/connections/*/repositories/*}:fetchGitRefs",
                            "(google.api.method_signature)": "repository"
                          },
                          parsedOptions: [
                            {
                              "(google.api.http)": {
                                get: "/v2/{repository=projects/*/locations/*/connections/*/repositories/*}:fetchGitRefs"
                              }
                            },
                            {
                              "(google.api.method_signature)": "repository"
                            }
                          ]
                        }
                      }
                    },
                    Connection: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/Connection",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/connections/{connection}",
                        "(google.api.resource).plural": "connections",
                        "(google.api.resource).singular": "connection",
                        "(google.api.resource).style": "DECLARATIVE_FRIENDLY"
                      },
                      oneofs: {
                        connectionConfig: {
                          oneof: [
                            "githubConfig",
                            "githubEnterpriseConfig",
                            "gitlabConfig",
                            "bitbucketDataCenterConfig",
                            "bitbucketCloudConfig"
                          ]
                        }
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "IMMUTABLE"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        updateTime: {
                          type: "google.protobuf.Timestamp",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        githubConfig: {
                          type: "GitHubConfig",
                          id: 5
                        },
                        githubEnterpriseConfig: {
                          type: "GitHubEnterpriseConfig",
                          id: 6
                        },
                        gitlabConfig: {
                          type: "GitLabConfig",
                          id: 7
                        },
                        bitbucketDataCenterConfig: {
                          type: "BitbucketDataCenterConfig",
                          id: 8
                        },
                        bitbucketCloudConfig: {
                          type: "BitbucketCloudConfig",
                          id: 9
                        },
                        installationState: {
                          type: "InstallationState",
                          id: 12,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        disabled: {
                          type: "bool",
                          id: 13
                        },
                        reconciling: {
                          type: "bool",
                          id: 14,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        annotations: {
                          keyType: "string",
                          type: "string",
                          id: 15
                        },
                        etag: {
                          type: "string",
                          id: 16
                        }
                      }
                    },
                    InstallationState: {
                      fields: {
                        stage: {
                          type: "Stage",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        message: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        actionUri: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      },
                      nested: {
                        Stage: {
                          values: {
                            STAGE_UNSPECIFIED: 0,
                            PENDING_CREATE_APP: 1,
                            PENDING_USER_OAUTH: 2,
                            PENDING_INSTALL_APP: 3,
                            COMPLETE: 10
                          }
                        }
                      }
                    },
                    FetchLinkableRepositoriesRequest: {
                      fields: {
                        connection: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        pageSize: {
                          type: "int32",
                          id: 2
                        },
                        pageToken: {
                          type: "string",
                          id: 3
                        }
                      }
                    },
                    FetchLinkableRepositoriesResponse: {
                      fields: {
                        repositories: {
                          rule: "repeated",
                          type: "Repository",
                          id: 1
                        },
                        nextPageToken: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    GitHubConfig: {
                      fields: {
                        authorizerCredential: {
                          type: "OAuthCredential",
                          id: 1
                        },
                        appInstallationId: {
                          type: "int64",
                          id: 2
                        }
                      }
                    },
                    GitHubEnterpriseConfig: {
                      fields: {
                        hostUri: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        apiKey: {
                          type: "string",
                          id: 12,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        appId: {
                          type: "int64",
                          id: 2
                        },
                        appSlug: {
                          type: "string",
                          id: 13
                        },
                        privateKeySecretVersion: {
                          type: "string",
                          id: 4,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        webhookSecretSecretVersion: {
                          type: "string",
                          id: 5,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        appInstallationId: {
                          type: "int64",
                          id: 9
                        },
                        serviceDirectoryConfig: {
                          type: "ServiceDirectoryConfig",
                          id: 10
                        },
                        sslCa: {
                          type: "string",
                          id: 11
                        },
                        serverVersion: {
                          type: "string",
                          id: 14,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    GitLabConfig: {
                      fields: {
                        hostUri: {
                          type: "string",
                          id: 1
                        },
                        webhookSecretSecretVersion: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "IMMUTABLE",
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        readAuthorizerCredential: {
                          type: "UserCredential",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        authorizerCredential: {
                          type: "UserCredential",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        serviceDirectoryConfig: {
                          type: "ServiceDirectoryConfig",
                          id: 5
                        },
                        sslCa: {
                          type: "string",
                          id: 6
                        },
                        serverVersion: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    BitbucketDataCenterConfig: {
                      fields: {
                        hostUri: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        webhookSecretSecretVersion: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "IMMUTABLE",
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        readAuthorizerCredential: {
                          type: "UserCredential",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        authorizerCredential: {
                          type: "UserCredential",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        serviceDirectoryConfig: {
                          type: "ServiceDirectoryConfig",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        sslCa: {
                          type: "string",
                          id: 6,
                          options: {
                            "(google.api.field_behavior)": "OPTIONAL"
                          }
                        },
                        serverVersion: {
                          type: "string",
                          id: 7,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    BitbucketCloudConfig: {
                      fields: {
                        workspace: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        webhookSecretSecretVersion: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        readAuthorizerCredential: {
                          type: "UserCredential",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        authorizerCredential: {
                          type: "UserCredential",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    ServiceDirectoryConfig: {
                      fields: {
                        service: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "servicedirectory.googleapis.com/Service"
                          }
                        }
                      }
                    },
                    Repository: {
                      options: {
                        "(google.api.resource).type": "cloudbuild.googleapis.com/Repository",
                        "(google.api.resource).pattern": "projects/{project}/locations/{location}/connections/{connection}/repositories/{repository}",
                        "(google.api.resource).plural": "repositories",
                        "(google.api.resource).singular": "repository",
                        "(google.api.resource).style": "DECLARATIVE_FRIENDLY"
                      },
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "IMMUTABLE"
                          }
                        },
                        remoteUri: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        createTime: {
                          type: "google.protobuf.Timestamp",
                          id: 4,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        updateTime: {
                          type: "google.protobuf.Timestamp",
                          id: 5,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        },
                        annotations: {
                          keyType: "string",
                          type: "string",
                          id: 6
                        },
                        etag: {
                          type: "string",
                          id: 7
                        },
                        webhookId: {
                          type: "string",
                          id: 8,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    OAuthCredential: {
                      fields: {
                        oauthTokenSecretVersion: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        username: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    UserCredential: {
                      fields: {
                        userTokenSecretVersion: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "secretmanager.googleapis.com/SecretVersion"
                          }
                        },
                        username: {
                          type: "string",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "OUTPUT_ONLY"
                          }
                        }
                      }
                    },
                    CreateConnectionRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        connection: {
                          type: "Connection",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        connectionId: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    GetConnectionRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Connection"
                          }
                        }
                      }
                    },
                    ListConnectionsRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        pageSize: {
                          type: "int32",
                          id: 2
                        },
                        pageToken: {
                          type: "string",
                          id: 3
                        }
                      }
                    },
                    ListConnectionsResponse: {
                      fields: {
                        connections: {
                          rule: "repeated",
                          type: "Connection",
                          id: 1
                        },
                        nextPageToken: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    UpdateConnectionRequest: {
                      fields: {
                        connection: {
                          type: "Connection",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        updateMask: {
                          type: "google.protobuf.FieldMask",
                          id: 2
                        },
                        allowMissing: {
                          type: "bool",
                          id: 3
                        },
                        etag: {
                          type: "string",
                          id: 4
                        }
                      }
                    },
                    DeleteConnectionRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        etag: {
                          type: "string",
                          id: 2
                        },
                        validateOnly: {
                          type: "bool",
                          id: 3
                        }
                      }
                    },
                    CreateRepositoryRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        repository: {
                          type: "Repository",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        },
                        repositoryId: {
                          type: "string",
                          id: 3,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    BatchCreateRepositoriesRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        requests: {
                          rule: "repeated",
                          type: "CreateRepositoryRequest",
                          id: 2,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED"
                          }
                        }
                      }
                    },
                    BatchCreateRepositoriesResponse: {
                      fields: {
                        repositories: {
                          rule: "repeated",
                          type: "Repository",
                          id: 1
                        }
                      }
                    },
                    GetRepositoryRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        }
                      }
                    },
                    ListRepositoriesRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        pageSize: {
                          type: "int32",
                          id: 2
                        },
                        pageToken: {
                          type: "string",
                          id: 3
                        },
                        filter: {
                          type: "string",
                          id: 4
                        }
                      }
                    },
                    ListRepositoriesResponse: {
                      fields: {
                        repositories: {
                          rule: "repeated",
                          type: "Repository",
                          id: 1
                        },
                        nextPageToken: {
                          type: "string",
                          id: 2
                        }
                      }
                    },
                    DeleteRepositoryRequest: {
                      fields: {
                        name: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        etag: {
                          type: "string",
                          id: 2
                        },
                        validateOnly: {
                          type: "bool",
                          id: 3
                        }
                      }
                    },
                    FetchReadWriteTokenRequest: {
                      fields: {
                        repository: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        }
                      }
                    },
                    FetchReadTokenRequest: {
                      fields: {
                        repository: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        }
                      }
                    },
                    FetchReadTokenResponse: {
                      fields: {
                        token: {
                          type: "string",
                          id: 1
                        },
                        expirationTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2
                        }
                      }
                    },
                    FetchReadWriteTokenResponse: {
                      fields: {
                        token: {
                          type: "string",
                          id: 1
                        },
                        expirationTime: {
                          type: "google.protobuf.Timestamp",
                          id: 2
                        }
                      }
                    },
                    ProcessWebhookRequest: {
                      fields: {
                        parent: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).child_type": "cloudbuild.googleapis.com/Connection"
                          }
                        },
                        body: {
                          type: "google.api.HttpBody",
                          id: 2
                        },
                        webhookKey: {
                          type: "string",
                          id: 3
                        }
                      }
                    },
                    FetchGitRefsRequest: {
                      fields: {
                        repository: {
                          type: "string",
                          id: 1,
                          options: {
                            "(google.api.field_behavior)": "REQUIRED",
                            "(google.api.resource_reference).type": "cloudbuild.googleapis.com/Repository"
                          }
                        },
                        refType: {
                          type: "RefType",
                          id: 2
                        }
                      },
                      nested: {
                        RefType: {
                          values: {
                            REF_TYPE_UNSPECIFIED: 0,
                            TAG: 1,
                            BRANCH: 2
                          }
                        }
                      }
                    },
                    FetchGitRefsResponse: {
                      fields: {
                        refNames: {
                          rule: "repeated",
                          type: "string",
                          id: 1
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        api: {
          options: {
            go_package: "google.golang.org/genproto/googleapis/api/annotations;annotations",
            java_multiple_files: true,
            java_outer_classname: "RoutingProto",
            java_package: "com.google.api",
            objc_class_prefix: "GAPI"
          },
          nested: {
            http: {
              type: "HttpRule",
              id: 72295728,
              extend: "google.protobuf.MethodOptions"
            },
            Http: {
              fields: {
                rules: {
                  rule: "repeated",
                  type: "HttpRule",
                  id: 1
                },
                fullyDecodeReservedExpansion: {
                  type: "bool",
                  id: 2
                }
              }
            },
            HttpRule: {
              oneofs: {
                pattern: {
                  oneof: [
                    "get",
                    "put",
                    "post",
                    "delete",
                    "patch",
                    "custom"
                  ]
                }
              },
              fields: {
                selector: {
                  type: "string",
                  id: 1
                },
                get: {
                  type: "string",
                  id: 2
                },
                put: {
                  type: "string",
                  id: 3
                },
                post: {
                  type: "string",
                  id: 4
                },
                delete: {
                  type: "string",
                  id: 5
                },
                patch: {
                  type: "string",
                  id: 6
                },
                custom: {
                  type: "CustomHttpPattern",
                  id: 8
                },
                body: {
                  type: "string",
                  id: 7
                },
                responseBody: {
                  type: "string",
                  id: 12
                },
                additionalBindings: {
                  rule: "repeated",
                  type: "HttpRule",
                  id: 11
                }
              }
            },
            CustomHttpPattern: {
              fields: {
                kind: {
                  type: "string",
                  id: 1
                },
                path: {
                  type: "string",
                  id: 2
                }
              }
            },
            methodSignature: {
              rule: "repeated",
              type: "string",
              id: 1051,
              extend: "google.protobuf.MethodOptions"
            },
            defaultHost: {
              type: "string",
              id: 1049,
              extend: "google.protobuf.ServiceOptions"
            },
            oauthScopes: {
              type: "string",
              id: 1050,
              extend: "google.protobuf.ServiceOptions"
            },
            apiVersion: {
              type: "string",
              id: 525000001,
              extend: "google.protobuf.ServiceOptions"
            },
            CommonLanguageSettings: {
              fields: {
                referenceDocsUri: {
                  type: "string",
                  id: 1,
                  options: {
                    deprecated: true
                  }
                },
                destinations: {
                  rule: "repeated",
                  type: "ClientLibraryDestination",
                  id: 2
                },
                selectiveGapicGeneration: {
                  type: "SelectiveGapicGeneration",
                  id: 3
                }
              }
            },
            ClientLibrarySettings: {
              fields: {
                version: {
                  type: "string",
                  id: 1
                },
                launchStage: {
                  type: "LaunchStage",
                  id: 2
                },
                restNumericEnums: {
                  type: "bool",
                  id: 3
                },
                javaSettings: {
                  type: "JavaSettings",
                  id: 21
                },
                cppSettings: {
                  type: "CppSettings",
                  id: 22
                },
                phpSettings: {
                  type: "PhpSettings",
                  id: 23
                },
                pythonSettings: {
                  type: "PythonSettings",
                  id: 24
                },
                nodeSettings: {
                  type: "NodeSettings",
                  id: 25
                },
                dotnetSettings: {
                  type: "DotnetSettings",
                  id: 26
                },
                rubySettings: {
                  type: "RubySettings",
                  id: 27
                },
                goSettings: {
                  type: "GoSettings",
                  id: 28
                }
              }
            },
            Publishing: {
              fields: {
                methodSettings: {
                  rule: "repeated",
                  type: "MethodSettings",
                  id: 2
                },
                newIssueUri: {
                  type: "string",
                  id: 101
                },
                documentationUri: {
                  type: "string",
                  id: 102
                },
                apiShortName: {
                  type: "string",
                  id: 103
                },
                githubLabel: {
                  type: "string",
                  id: 104
                },
                codeownerGithubTeams: {
                  rule: "repeated",
                  type: "string",
                  id: 105
                },
                docTagPrefix: {
                  type: "string",
                  id: 106
                },
                organization: {
                  type: "ClientLibraryOrganization",
                  id: 107
                },
                librarySettings: {
                  rule: "repeated",
                  type: "ClientLibrarySettings",
                  id: 109
                },
                protoReferenceDocumentationUri: {
                  type: "string",
                  id: 110
                },
                restReferenceDocumentationUri: {
                  type: "string",
                  id: 111
                }
              }
            },
            JavaSettings: {
              fields: {
                libraryPackage: {
                  type: "string",
                  id: 1
                },
                serviceClassNames: {
                  keyType: "string",
                  type: "string",
                  id: 2
                },
                common: {
                  type: "CommonLanguageSettings",
                  id: 3
                }
              }
            },
            CppSettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                }
              }
            },
            PhpSettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                }
              }
            },
            PythonSettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                },
                experimentalFeatures: {
                  type: "ExperimentalFeatures",
                  id: 2
                }
              },
              nested: {
                ExperimentalFeatures: {
                  fields: {
                    restAsyncIoEnabled: {
                      type: "bool",
                      id: 1
                    },
                    protobufPythonicTypesEnabled: {
                      type: "bool",
                      id: 2
                    },
                    unversionedPackageDisabled: {
                      type: "bool",
                      id: 3
                    }
                  }
                }
              }
            },
            NodeSettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                }
              }
            },
            DotnetSettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                },
                renamedServices: {
                  keyType: "string",
                  type: "string",
                  id: 2
                },
                renamedResources: {
                  keyType: "string",
                  type: "string",
                  id: 3
                },
                ignoredResources: {
                  rule: "repeated",
                  type: "string",
                  id: 4
                },
                forcedNamespaceAliases: {
                  rule: "repeated",
                  type: "string",
                  id: 5
                },
                handwrittenSignatures: {
                  rule: "repeated",
                  type: "string",
                  id: 6
                }
              }
            },
            RubySettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                }
              }
            },
            GoSettings: {
              fields: {
                common: {
                  type: "CommonLanguageSettings",
                  id: 1
                },
                renamedServices: {
                  keyType: "string",
                  type: "string",
                  id: 2
                }
              }
            },
            MethodSettings: {
              fields: {
                selector: {
                  type: "string",
                  id: 1
                },
                longRunning: {
                  type: "LongRunning",
                  id: 2
                },
                autoPopulatedFields: {
                  rule: "repeated",
                  type: "string",
                  id: 3
                }
              },
              nested: {
                LongRunning: {
                  fields: {
                    initialPollDelay: {
                      type: "google.protobuf.Duration",
                      id: 1
                    },
                    pollDelayMultiplier: {
                      type: "float",
                      id: 2
                    },
                    maxPollDelay: {
                      type: "google.protobuf.Duration",
                      id: 3
                    },
                    totalPollTimeout: {
                      type: "google.protobuf.Duration",
                      id: 4
                    }
                  }
                }
              }
            },
            ClientLibraryOrganization: {
              values: {
                CLIENT_LIBRARY_ORGANIZATION_UNSPECIFIED: 0,
                CLOUD: 1,
                ADS: 2,
                PHOTOS: 3,
                STREET_VIEW: 4,
                SHOPPING: 5,
                GEO: 6,
                GENERATIVE_AI: 7
              }
            },
            ClientLibraryDestination: {
              values: {
                CLIENT_LIBRARY_DESTINATION_UNSPECIFIED: 0,
                GITHUB: 10,
                PACKAGE_MANAGER: 20
              }
            },
            SelectiveGapicGeneration: {
              fields: {
                methods: {
                  rule: "repeated",
                  type: "string",
                  id: 1
                },
                generateOmittedAsInternal: {
                  type: "bool",
                  id: 2
                }
              }
            },
            LaunchStage: {
              values: {
                LAUNCH_STAGE_UNSPECIFIED: 0,
                UNIMPLEMENTED: 6,
                PRELAUNCH: 7,
                EARLY_ACCESS: 1,
                ALPHA: 2,
                BETA: 3,
                GA: 4,
                DEPRECATED: 5
              }
            },
            fieldBehavior: {
              rule: "repeated",
              type: "google.api.FieldBehavior",
              id: 1052,
              extend: "google.protobuf.FieldOptions",
              options: {
                packed: false
              }
            },
            FieldBehavior: {
              values: {
                FIELD_BEHAVIOR_UNSPECIFIED: 0,
                OPTIONAL: 1,
                REQUIRED: 2,
                OUTPUT_ONLY: 3,
                INPUT_ONLY: 4,
                IMMUTABLE: 5,
                UNORDERED_LIST: 6,
                NON_EMPTY_DEFAULT: 7,
                IDENTIFIER: 8
              }
            },
            HttpBody: {
              fields: {
                contentType: {
                  type: "string",
                  id: 1
                },
                data: {
                  type: "bytes",
                  id: 2
                },
                extensions: {
                  rule: "repeated",
                  type: "google.protobuf.Any",
                  id: 3
                }
              }
            },
            resourceReference: {
              type: "google.api.ResourceReference",
              id: 1055,
              extend: "google.protobuf.FieldOptions"
            },
            resourceDefinition: {
              rule: "repeated",
              type: "google.api.ResourceDescriptor",
              id: 1053,
              extend: "google.protobuf.FileOptions"
            },
            resource: {
              type: "google.api.ResourceDescriptor",
              id: 1053,
              extend: "google.protobuf.MessageOptions"
            },
            ResourceDescriptor: {
              fields: {
                type: {
                  type: "string",
                  id: 1
                },
                pattern: {
                  rule: "repeated",
                  type: "string",
                  id: 2
                },
                nameField: {
                  type: "string",
                  id: 3
                },
                history: {
                  type: "History",
                  id: 4
                },
                plural: {
                  type: "string",
                  id: 5
                },
                singular: {
                  type: "string",
                  id: 6
                },
                style: {
                  rule: "repeated",
                  type: "Style",
                  id: 10
                }
              },
              nested: {
                History: {
                  values: {
                    HISTORY_UNSPECIFIED: 0,
                    ORIGINALLY_SINGLE_PATTERN: 1,
                    FUTURE_MULTI_PATTERN: 2
                  }
                },
                Style: {
                  values: {
                    STYLE_UNSPECIFIED: 0,
                    DECLARATIVE_FRIENDLY: 1
                  }
                }
              }
            },
            ResourceReference: {
              fields: {
                type: {
                  type: "string",
                  id: 1
                },
                childType: {
                  type: "string",
                  id: 2
                }
              }
            },
            routing: {
              type: "google.api.RoutingRule",
              id: 72295729,
              extend: "google.protobuf.MethodOptions"
            },
            RoutingRule: {
              fields: {
                routingParameters: {
                  rule: "repeated",
                  type: "RoutingParameter",
                  id: 2
                }
              }
            },
            RoutingParameter: {
              fields: {
                field: {
                  type: "string",
                  id: 1
                },
                pathTemplate: {
                  type: "string",
                  id: 2
                }
              }
            }
          }
        },
        protobuf: {
          options: {
            go_package: "google.golang.org/protobuf/types/descriptorpb",
            java_package: "com.google.protobuf",
            java_outer_classname: "DescriptorProtos",
            csharp_namespace: "Google.Protobuf.Reflection",
            objc_class_prefix: "GPB",
            cc_enable_arenas: true,
            optimize_for: "SPEED"
          },
          nested: {
            FileDescriptorSet: {
              edition: "proto2",
              fields: {
                file: {
                  rule: "repeated",
                  type: "FileDescriptorProto",
                  id: 1
                }
              },
              extensions: [
                [
                  536e6,
                  536e6
                ]
              ]
            },
            Edition: {
              edition: "proto2",
              values: {
                EDITION_UNKNOWN: 0,
                EDITION_LEGACY: 900,
                EDITION_PROTO2: 998,
                EDITION_PROTO3: 999,
                EDITION_2023: 1e3,
                EDITION_2024: 1001,
                EDITION_1_TEST_ONLY: 1,
                EDITION_2_TEST_ONLY: 2,
                EDITION_99997_TEST_ONLY: 99997,
                EDITION_99998_TEST_ONLY: 99998,
                EDITION_99999_TEST_ONLY: 99999,
                EDITION_MAX: 2147483647
              }
            },
            FileDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                package: {
                  type: "string",
                  id: 2
                },
                dependency: {
                  rule: "repeated",
                  type: "string",
                  id: 3
                },
                publicDependency: {
                  rule: "repeated",
                  type: "int32",
                  id: 10
                },
                weakDependency: {
                  rule: "repeated",
                  type: "int32",
                  id: 11
                },
                optionDependency: {
                  rule: "repeated",
                  type: "string",
                  id: 15
                },
                messageType: {
                  rule: "repeated",
                  type: "DescriptorProto",
                  id: 4
                },
                enumType: {
                  rule: "repeated",
                  type: "EnumDescriptorProto",
                  id: 5
                },
                service: {
                  rule: "repeated",
                  type: "ServiceDescriptorProto",
                  id: 6
                },
                extension: {
                  rule: "repeated",
                  type: "FieldDescriptorProto",
                  id: 7
                },
                options: {
                  type: "FileOptions",
                  id: 8
                },
                sourceCodeInfo: {
                  type: "SourceCodeInfo",
                  id: 9
                },
                syntax: {
                  type: "string",
                  id: 12
                },
                edition: {
                  type: "Edition",
                  id: 14
                }
              }
            },
            DescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                field: {
                  rule: "repeated",
                  type: "FieldDescriptorProto",
                  id: 2
                },
                extension: {
                  rule: "repeated",
                  type: "FieldDescriptorProto",
                  id: 6
                },
                nestedType: {
                  rule: "repeated",
                  type: "DescriptorProto",
                  id: 3
                },
                enumType: {
                  rule: "repeated",
                  type: "EnumDescriptorProto",
                  id: 4
                },
                extensionRange: {
                  rule: "repeated",
                  type: "ExtensionRange",
                  id: 5
                },
                oneofDecl: {
                  rule: "repeated",
                  type: "OneofDescriptorProto",
                  id: 8
                },
                options: {
                  type: "MessageOptions",
                  id: 7
                },
                reservedRange: {
                  rule: "repeated",
                  type: "ReservedRange",
                  id: 9
                },
                reservedName: {
                  rule: "repeated",
                  type: "string",
                  id: 10
                },
                visibility: {
                  type: "SymbolVisibility",
                  id: 11
                }
              },
              nested: {
                ExtensionRange: {
                  fields: {
                    start: {
                      type: "int32",
                      id: 1
                    },
                    end: {
                      type: "int32",
                      id: 2
                    },
                    options: {
                      type: "ExtensionRangeOptions",
                      id: 3
                    }
                  }
                },
                ReservedRange: {
                  fields: {
                    start: {
                      type: "int32",
                      id: 1
                    },
                    end: {
                      type: "int32",
                      id: 2
                    }
                  }
                }
              }
            },
            ExtensionRangeOptions: {
              edition: "proto2",
              fields: {
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                },
                declaration: {
                  rule: "repeated",
                  type: "Declaration",
                  id: 2,
                  options: {
                    retention: "RETENTION_SOURCE"
                  }
                },
                features: {
                  type: "FeatureSet",
                  id: 50
                },
                verification: {
                  type: "VerificationState",
                  id: 3,
                  options: {
                    default: "UNVERIFIED",
                    retention: "RETENTION_SOURCE"
                  }
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ],
              nested: {
                Declaration: {
                  fields: {
                    number: {
                      type: "int32",
                      id: 1
                    },
                    fullName: {
                      type: "string",
                      id: 2
                    },
                    type: {
                      type: "string",
                      id: 3
                    },
                    reserved: {
                      type: "bool",
                      id: 5
                    },
                    repeated: {
                      type: "bool",
                      id: 6
                    }
                  },
                  reserved: [
                    [
                      4,
                      4
                    ]
                  ]
                },
                VerificationState: {
                  values: {
                    DECLARATION: 0,
                    UNVERIFIED: 1
                  }
                }
              }
            },
            FieldDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                number: {
                  type: "int32",
                  id: 3
                },
                label: {
                  type: "Label",
                  id: 4
                },
                type: {
                  type: "Type",
                  id: 5
                },
                typeName: {
                  type: "string",
                  id: 6
                },
                extendee: {
                  type: "string",
                  id: 2
                },
                defaultValue: {
                  type: "string",
                  id: 7
                },
                oneofIndex: {
                  type: "int32",
                  id: 9
                },
                jsonName: {
                  type: "string",
                  id: 10
                },
                options: {
                  type: "FieldOptions",
                  id: 8
                },
                proto3Optional: {
                  type: "bool",
                  id: 17
                }
              },
              nested: {
                Type: {
                  values: {
                    TYPE_DOUBLE: 1,
                    TYPE_FLOAT: 2,
                    TYPE_INT64: 3,
                    TYPE_UINT64: 4,
                    TYPE_INT32: 5,
                    TYPE_FIXED64: 6,
                    TYPE_FIXED32: 7,
                    TYPE_BOOL: 8,
                    TYPE_STRING: 9,
                    TYPE_GROUP: 10,
                    TYPE_MESSAGE: 11,
                    TYPE_BYTES: 12,
                    TYPE_UINT32: 13,
                    TYPE_ENUM: 14,
                    TYPE_SFIXED32: 15,
                    TYPE_SFIXED64: 16,
                    TYPE_SINT32: 17,
                    TYPE_SINT64: 18
                  }
                },
                Label: {
                  values: {
                    LABEL_OPTIONAL: 1,
                    LABEL_REPEATED: 3,
                    LABEL_REQUIRED: 2
                  }
                }
              }
            },
            OneofDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                options: {
                  type: "OneofOptions",
                  id: 2
                }
              }
            },
            EnumDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                value: {
                  rule: "repeated",
                  type: "EnumValueDescriptorProto",
                  id: 2
                },
                options: {
                  type: "EnumOptions",
                  id: 3
                },
                reservedRange: {
                  rule: "repeated",
                  type: "EnumReservedRange",
                  id: 4
                },
                reservedName: {
                  rule: "repeated",
                  type: "string",
                  id: 5
                },
                visibility: {
                  type: "SymbolVisibility",
                  id: 6
                }
              },
              nested: {
                EnumReservedRange: {
                  fields: {
                    start: {
                      type: "int32",
                      id: 1
                    },
                    end: {
                      type: "int32",
                      id: 2
                    }
                  }
                }
              }
            },
            EnumValueDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                number: {
                  type: "int32",
                  id: 2
                },
                options: {
                  type: "EnumValueOptions",
                  id: 3
                }
              }
            },
            ServiceDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                method: {
                  rule: "repeated",
                  type: "MethodDescriptorProto",
                  id: 2
                },
                options: {
                  type: "ServiceOptions",
                  id: 3
                }
              },
              reserved: [
                [
                  4,
                  4
                ],
                "stream"
              ]
            },
            MethodDescriptorProto: {
              edition: "proto2",
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                inputType: {
                  type: "string",
                  id: 2
                },
                outputType: {
                  type: "string",
                  id: 3
                },
                options: {
                  type: "MethodOptions",
                  id: 4
                },
                clientStreaming: {
                  type: "bool",
                  id: 5,
                  options: {
                    default: false
                  }
                },
                serverStreaming: {
                  type: "bool",
                  id: 6,
                  options: {
                    default: false
                  }
                }
              }
            },
            FileOptions: {
              edition: "proto2",
              fields: {
                javaPackage: {
                  type: "string",
                  id: 1
                },
                javaOuterClassname: {
                  type: "string",
                  id: 8
                },
                javaMultipleFiles: {
                  type: "bool",
                  id: 10,
                  options: {
                    default: false
                  }
                },
                javaGenerateEqualsAndHash: {
                  type: "bool",
                  id: 20,
                  options: {
                    deprecated: true
                  }
                },
                javaStringCheckUtf8: {
                  type: "bool",
                  id: 27,
                  options: {
                    default: false
                  }
                },
                optimizeFor: {
                  type: "OptimizeMode",
                  id: 9,
                  options: {
                    default: "SPEED"
                  }
                },
                goPackage: {
                  type: "string",
                  id: 11
                },
                ccGenericServices: {
                  type: "bool",
                  id: 16,
                  options: {
                    default: false
                  }
                },
                javaGenericServices: {
                  type: "bool",
                  id: 17,
                  options: {
                    default: false
                  }
                },
                pyGenericServices: {
                  type: "bool",
                  id: 18,
                  options: {
                    default: false
                  }
                },
                deprecated: {
                  type: "bool",
                  id: 23,
                  options: {
                    default: false
                  }
                },
                ccEnableArenas: {
                  type: "bool",
                  id: 31,
                  options: {
                    default: true
                  }
                },
                objcClassPrefix: {
                  type: "string",
                  id: 36
                },
                csharpNamespace: {
                  type: "string",
                  id: 37
                },
                swiftPrefix: {
                  type: "string",
                  id: 39
                },
                phpClassPrefix: {
                  type: "string",
                  id: 40
                },
                phpNamespace: {
                  type: "string",
                  id: 41
                },
                phpMetadataNamespace: {
                  type: "string",
                  id: 44
                },
                rubyPackage: {
                  type: "string",
                  id: 45
                },
                features: {
                  type: "FeatureSet",
                  id: 50
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ],
              reserved: [
                [
                  42,
                  42
                ],
                "php_generic_services",
                [
                  38,
                  38
                ]
              ],
              nested: {
                OptimizeMode: {
                  values: {
                    SPEED: 1,
                    CODE_SIZE: 2,
                    LITE_RUNTIME: 3
                  }
                }
              }
            },
            MessageOptions: {
              edition: "proto2",
              fields: {
                messageSetWireFormat: {
                  type: "bool",
                  id: 1,
                  options: {
                    default: false
                  }
                },
                noStandardDescriptorAccessor: {
                  type: "bool",
                  id: 2,
                  options: {
                    default: false
                  }
                },
                deprecated: {
                  type: "bool",
                  id: 3,
                  options: {
                    default: false
                  }
                },
                mapEntry: {
                  type: "bool",
                  id: 7
                },
                deprecatedLegacyJsonFieldConflicts: {
                  type: "bool",
                  id: 11,
                  options: {
                    deprecated: true
                  }
                },
                features: {
                  type: "FeatureSet",
                  id: 12
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ],
              reserved: [
                [
                  4,
                  4
                ],
                [
                  5,
                  5
                ],
                [
                  6,
                  6
                ],
                [
                  8,
                  8
                ],
                [
                  9,
                  9
                ]
              ]
            },
            FieldOptions: {
              edition: "proto2",
              fields: {
                ctype: {
                  type: "CType",
                  id: 1,
                  options: {
                    default: "STRING"
                  }
                },
                packed: {
                  type: "bool",
                  id: 2
                },
                jstype: {
                  type: "JSType",
                  id: 6,
                  options: {
                    default: "JS_NORMAL"
                  }
                },
                lazy: {
                  type: "bool",
                  id: 5,
                  options: {
                    default: false
                  }
                },
                unverifiedLazy: {
                  type: "bool",
                  id: 15,
                  options: {
                    default: false
                  }
                },
                deprecated: {
                  type: "bool",
                  id: 3,
                  options: {
                    default: false
                  }
                },
                weak: {
                  type: "bool",
                  id: 10,
                  options: {
                    default: false,
                    deprecated: true
                  }
                },
                debugRedact: {
                  type: "bool",
                  id: 16,
                  options: {
                    default: false
                  }
                },
                retention: {
                  type: "OptionRetention",
                  id: 17
                },
                targets: {
                  rule: "repeated",
                  type: "OptionTargetType",
                  id: 19
                },
                editionDefaults: {
                  rule: "repeated",
                  type: "EditionDefault",
                  id: 20
                },
                features: {
                  type: "FeatureSet",
                  id: 21
                },
                featureSupport: {
                  type: "FeatureSupport",
                  id: 22
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ],
              reserved: [
                [
                  4,
                  4
                ],
                [
                  18,
                  18
                ]
              ],
              nested: {
                CType: {
                  values: {
                    STRING: 0,
                    CORD: 1,
                    STRING_PIECE: 2
                  }
                },
                JSType: {
                  values: {
                    JS_NORMAL: 0,
                    JS_STRING: 1,
                    JS_NUMBER: 2
                  }
                },
                OptionRetention: {
                  values: {
                    RETENTION_UNKNOWN: 0,
                    RETENTION_RUNTIME: 1,
                    RETENTION_SOURCE: 2
                  }
                },
                OptionTargetType: {
                  values: {
                    TARGET_TYPE_UNKNOWN: 0,
                    TARGET_TYPE_FILE: 1,
                    TARGET_TYPE_EXTENSION_RANGE: 2,
                    TARGET_TYPE_MESSAGE: 3,
                    TARGET_TYPE_FIELD: 4,
                    TARGET_TYPE_ONEOF: 5,
                    TARGET_TYPE_ENUM: 6,
                    TARGET_TYPE_ENUM_ENTRY: 7,
                    TARGET_TYPE_SERVICE: 8,
                    TARGET_TYPE_METHOD: 9
                  }
                },
                EditionDefault: {
                  fields: {
                    edition: {
                      type: "Edition",
                      id: 3
                    },
                    value: {
                      type: "string",
                      id: 2
                    }
                  }
                },
                FeatureSupport: {
                  fields: {
                    editionIntroduced: {
                      type: "Edition",
                      id: 1
                    },
                    editionDeprecated: {
                      type: "Edition",
                      id: 2
                    },
                    deprecationWarning: {
                      type: "string",
                      id: 3
                    },
                    editionRemoved: {
                      type: "Edition",
                      id: 4
                    }
                  }
                }
              }
            },
            OneofOptions: {
              edition: "proto2",
              fields: {
                features: {
                  type: "FeatureSet",
                  id: 1
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ]
            },
            EnumOptions: {
              edition: "proto2",
              fields: {
                allowAlias: {
                  type: "bool",
                  id: 2
                },
                deprecated: {
                  type: "bool",
                  id: 3,
                  options: {
                    default: false
                  }
                },
                deprecatedLegacyJsonFieldConflicts: {
                  type: "bool",
                  id: 6,
                  options: {
                    deprecated: true
                  }
                },
                features: {
                  type: "FeatureSet",
                  id: 7
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ],
              reserved: [
                [
                  5,
                  5
                ]
              ]
            },
            EnumValueOptions: {
              edition: "proto2",
              fields: {
                deprecated: {
                  type: "bool",
                  id: 1,
                  options: {
                    default: false
                  }
                },
                features: {
                  type: "FeatureSet",
                  id: 2
                },
                debugRedact: {
                  type: "bool",
                  id: 3,
                  options: {
                    default: false
                  }
                },
                featureSupport: {
                  type: "FieldOptions.FeatureSupport",
                  id: 4
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ]
            },
            ServiceOptions: {
              edition: "proto2",
              fields: {
                features: {
                  type: "FeatureSet",
                  id: 34
                },
                deprecated: {
                  type: "bool",
                  id: 33,
                  options: {
                    default: false
                  }
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ]
            },
            MethodOptions: {
              edition: "proto2",
              fields: {
                deprecated: {
                  type: "bool",
                  id: 33,
                  options: {
                    default: false
                  }
                },
                idempotencyLevel: {
                  type: "IdempotencyLevel",
                  id: 34,
                  options: {
                    default: "IDEMPOTENCY_UNKNOWN"
                  }
                },
                features: {
                  type: "FeatureSet",
                  id: 35
                },
                uninterpretedOption: {
                  rule: "repeated",
                  type: "UninterpretedOption",
                  id: 999
                }
              },
              extensions: [
                [
                  1e3,
                  536870911
                ]
              ],
              nested: {
                IdempotencyLevel: {
                  values: {
                    IDEMPOTENCY_UNKNOWN: 0,
                    NO_SIDE_EFFECTS: 1,
                    IDEMPOTENT: 2
                  }
                }
              }
            },
            UninterpretedOption: {
              edition: "proto2",
              fields: {
                name: {
                  rule: "repeated",
                  type: "NamePart",
                  id: 2
                },
                identifierValue: {
                  type: "string",
                  id: 3
                },
                positiveIntValue: {
                  type: "uint64",
                  id: 4
                },
                negativeIntValue: {
                  type: "int64",
                  id: 5
                },
                doubleValue: {
                  type: "double",
                  id: 6
                },
                stringValue: {
                  type: "bytes",
                  id: 7
                },
                aggregateValue: {
                  type: "string",
                  id: 8
                }
              },
              nested: {
                NamePart: {
                  fields: {
                    namePart: {
                      rule: "required",
                      type: "string",
                      id: 1
                    },
                    isExtension: {
                      rule: "required",
                      type: "bool",
                      id: 2
                    }
                  }
                }
              }
            },
            FeatureSet: {
              edition: "proto2",
              fields: {
                fieldPresence: {
                  type: "FieldPresence",
                  id: 1,
                  options: {
                    retention: "RETENTION_RUNTIME",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2023",
                    "edition_defaults.edition": "EDITION_2023",
                    "edition_defaults.value": "EXPLICIT"
                  }
                },
                enumType: {
                  type: "EnumType",
                  id: 2,
                  options: {
                    retention: "RETENTION_RUNTIME",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2023",
                    "edition_defaults.edition": "EDITION_PROTO3",
                    "edition_defaults.value": "OPEN"
                  }
                },
                repeatedFieldEncoding: {
                  type: "RepeatedFieldEncoding",
                  id: 3,
                  options: {
                    retention: "RETENTION_RUNTIME",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2023",
                    "edition_defaults.edition": "EDITION_PROTO3",
                    "edition_defaults.value": "PACKED"
                  }
                },
                utf8Validation: {
                  type: "Utf8Validation",
                  id: 4,
                  options: {
                    retention: "RETENTION_RUNTIME",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2023",
                    "edition_defaults.edition": "EDITION_PROTO3",
                    "edition_defaults.value": "VERIFY"
                  }
                },
                messageEncoding: {
                  type: "MessageEncoding",
                  id: 5,
                  options: {
                    retention: "RETENTION_RUNTIME",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2023",
                    "edition_defaults.edition": "EDITION_LEGACY",
                    "edition_defaults.value": "LENGTH_PREFIXED"
                  }
                },
                jsonFormat: {
                  type: "JsonFormat",
                  id: 6,
                  options: {
                    retention: "RETENTION_RUNTIME",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2023",
                    "edition_defaults.edition": "EDITION_PROTO3",
                    "edition_defaults.value": "ALLOW"
                  }
                },
                enforceNamingStyle: {
                  type: "EnforceNamingStyle",
                  id: 7,
                  options: {
                    retention: "RETENTION_SOURCE",
                    targets: "TARGET_TYPE_METHOD",
                    "feature_support.edition_introduced": "EDITION_2024",
                    "edition_defaults.edition": "EDITION_2024",
                    "edition_defaults.value": "STYLE2024"
                  }
                },
                defaultSymbolVisibility: {
                  type: "VisibilityFeature.DefaultSymbolVisibility",
                  id: 8,
                  options: {
                    retention: "RETENTION_SOURCE",
                    targets: "TARGET_TYPE_FILE",
                    "feature_support.edition_introduced": "EDITION_2024",
                    "edition_defaults.edition": "EDITION_2024",
                    "edition_defaults.value": "EXPORT_TOP_LEVEL"
                  }
                }
              },
              extensions: [
                [
                  1e3,
                  9994
                ],
                [
                  9995,
                  9999
                ],
                [
                  1e4,
                  1e4
                ]
              ],
              reserved: [
                [
                  999,
                  999
                ]
              ],
              nested: {
                FieldPresence: {
                  values: {
                    FIELD_PRESENCE_UNKNOWN: 0,
                    EXPLICIT: 1,
                    IMPLICIT: 2,
                    LEGACY_REQUIRED: 3
                  }
                },
                EnumType: {
                  values: {
                    ENUM_TYPE_UNKNOWN: 0,
                    OPEN: 1,
                    CLOSED: 2
                  }
                },
                RepeatedFieldEncoding: {
                  values: {
                    REPEATED_FIELD_ENCODING_UNKNOWN: 0,
                    PACKED: 1,
                    EXPANDED: 2
                  }
                },
                Utf8Validation: {
                  values: {
                    UTF8_VALIDATION_UNKNOWN: 0,
                    VERIFY: 2,
                    NONE: 3
                  },
                  reserved: [
                    [
                      1,
                      1
                    ]
                  ]
                },
                MessageEncoding: {
                  values: {
                    MESSAGE_ENCODING_UNKNOWN: 0,
                    LENGTH_PREFIXED: 1,
                    DELIMITED: 2
                  }
                },
                JsonFormat: {
                  values: {
                    JSON_FORMAT_UNKNOWN: 0,
                    ALLOW: 1,
                    LEGACY_BEST_EFFORT: 2
                  }
                },
                EnforceNamingStyle: {
                  values: {
                    ENFORCE_NAMING_STYLE_UNKNOWN: 0,
                    STYLE2024: 1,
                    STYLE_LEGACY: 2
                  }
                },
                VisibilityFeature: {
                  fields: {},
                  reserved: [
                    [
                      1,
                      536870911
                    ]
                  ],
                  nested: {
                    DefaultSymbolVisibility: {
                      values: {
                        DEFAULT_SYMBOL_VISIBILITY_UNKNOWN: 0,
                        EXPORT_ALL: 1,
                        EXPORT_TOP_LEVEL: 2,
                        LOCAL_ALL: 3,
                        STRICT: 4
                      }
                    }
                  }
                }
              }
            },
            FeatureSetDefaults: {
              edition: "proto2",
              fields: {
                defaults: {
                  rule: "repeated",
                  type: "FeatureSetEditionDefault",
                  id: 1
                },
                minimumEdition: {
                  type: "Edition",
                  id: 4
                },
                maximumEdition: {
                  type: "Edition",
                  id: 5
                }
              },
              nested: {
                FeatureSetEditionDefault: {
                  fields: {
                    edition: {
                      type: "Edition",
                      id: 3
                    },
                    overridableFeatures: {
                      type: "FeatureSet",
                      id: 4
                    },
                    fixedFeatures: {
                      type: "FeatureSet",
                      id: 5
                    }
                  },
                  reserved: [
                    [
                      1,
                      1
                    ],
                    [
                      2,
                      2
                    ],
                    "features"
                  ]
                }
              }
            },
            SourceCodeInfo: {
              edition: "proto2",
              fields: {
                location: {
                  rule: "repeated",
                  type: "Location",
                  id: 1
                }
              },
              extensions: [
                [
                  536e6,
                  536e6
                ]
              ],
              nested: {
                Location: {
                  fields: {
                    path: {
                      rule: "repeated",
                      type: "int32",
                      id: 1,
                      options: {
                        packed: true
                      }
                    },
                    span: {
                      rule: "repeated",
                      type: "int32",
                      id: 2,
                      options: {
                        packed: true
                      }
                    },
                    leadingComments: {
                      type: "string",
                      id: 3
                    },
                    trailingComments: {
                      type: "string",
                      id: 4
                    },
                    leadingDetachedComments: {
                      rule: "repeated",
                      type: "string",
                      id: 6
                    }
                  }
                }
              }
            },
            GeneratedCodeInfo: {
              edition: "proto2",
              fields: {
                annotation: {
                  rule: "repeated",
                  type: "Annotation",
                  id: 1
                }
              },
              nested: {
                Annotation: {
                  fields: {
                    path: {
                      rule: "repeated",
                      type: "int32",
                      id: 1,
                      options: {
                        packed: true
                      }
                    },
                    sourceFile: {
                      type: "string",
                      id: 2
                    },
                    begin: {
                      type: "int32",
                      id: 3
                    },
                    end: {
                      type: "int32",
                      id: 4
                    },
                    semantic: {
                      type: "Semantic",
                      id: 5
                    }
                  },
                  nested: {
                    Semantic: {
                      values: {
                        NONE: 0,
                        SET: 1,
                        ALIAS: 2
                      }
                    }
                  }
                }
              }
            },
            SymbolVisibility: {
              edition: "proto2",
              values: {
                VISIBILITY_UNSET: 0,
                VISIBILITY_LOCAL: 1,
                VISIBILITY_EXPORT: 2
              }
            },
            Duration: {
              fields: {
                seconds: {
                  type: "int64",
                  id: 1
                },
                nanos: {
                  type: "int32",
                  id: 2
                }
              }
            },
            Any: {
              fields: {
                type_url: {
                  type: "string",
                  id: 1
                },
                value: {
                  type: "bytes",
                  id: 2
                }
              }
            },
            Empty: {
              fields: {}
            },
            FieldMask: {
              fields: {
                paths: {
                  rule: "repeated",
                  type: "string",
                  id: 1
                }
              }
            },
            Timestamp: {
              fields: {
                seconds: {
                  type: "int64",
                  id: 1
                },
                nanos: {
                  type: "int32",
                  id: 2
                }
              }
            }
          }
        },
        longrunning: {
          options: {
            cc_enable_arenas: true,
            csharp_namespace: "Google.LongRunning",
            go_package: "cloud.google.com/go/longrunning/autogen/longrunningpb;longrunningpb",
            java_multiple_files: true,
            java_outer_classname: "OperationsProto",
            java_package: "com.google.longrunning",
            objc_class_prefix: "GLRUN",
            php_namespace: "Google\\LongRunning"
          },
          nested: {
            operationInfo: {
              type: "google.longrunning.OperationInfo",
              id: 1049,
              extend: "google.protobuf.MethodOptions"
            },
            Operations: {
              options: {
                "(google.api.default_host)": "longrunning.googleapis.com"
              },
              methods: {
                ListOperations: {
                  requestType: "ListOperationsRequest",
                  responseType: "ListOperationsResponse",
                  options: {
                    "(google.api.http).get": "/v1/{name=operations}",
                    "(google.api.method_signature)": "name,filter"
                  },
                  parsedOptions: [
                    {
                      "(google.api.http)": {
                        get: "/v1/{name=operations}"
                      }
                    },
                    {
                      "(google.api.method_signature)": "name,filter"
                    }
                  ]
                },
                GetOperation: {
                  requestType: "GetOperationRequest",
                  responseType: "Operation",
                  options: {
                    "(google.api.http).get": "/v1/{name=operations/**}",
                    "(google.api.method_signature)": "name"
                  },
                  parsedOptions: [
                    {
                      "(google.api.http)": {
                        get: "/v1/{name=operations/**}"
                      }
                    },
                    {
                      "(google.api.method_signature)": "name"
                    }
                  ]
                },
                DeleteOperation: {
                  requestType: "DeleteOperationRequest",
                  responseType: "google.protobuf.Empty",
                  options: {
                    "(google.api.http).delete": "/v1/{name=operations/**}",
                    "(google.api.method_signature)": "name"
                  },
                  parsedOptions: [
                    {
                      "(google.api.http)": {
                        delete: "/v1/{name=operations/**}"
                      }
                    },
                    {
                      "(google.api.method_signature)": "name"
                    }
                  ]
                },
                CancelOperation: {
                  requestType: "CancelOperationRequest",
                  responseType: "google.protobuf.Empty",
                  options: {
                    "(google.api.http).post": "/v1/{name=operations/**}:cancel",
                    "(google.api.http).body": "*",
                    "(google.api.method_signature)": "name"
                  },
                  parsedOptions: [
                    {
                      "(google.api.http)": {
                        post: "/v1/{name=operations/**}:cancel",
                        body: "*"
                      }
                    },
                    {
                      "(google.api.method_signature)": "name"
                    }
                  ]
                },
                WaitOperation: {
                  requestType: "WaitOperationRequest",
                  responseType: "Operation"
                }
              }
            },
            Operation: {
              oneofs: {
                result: {
                  oneof: [
                    "error",
                    "response"
                  ]
                }
              },
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                metadata: {
                  type: "google.protobuf.Any",
                  id: 2
                },
                done: {
                  type: "bool",
                  id: 3
                },
                error: {
                  type: "google.rpc.Status",
                  id: 4
                },
                response: {
                  type: "google.protobuf.Any",
                  id: 5
                }
              }
            },
            GetOperationRequest: {
              fields: {
                name: {
                  type: "string",
                  id: 1
                }
              }
            },
            ListOperationsRequest: {
              fields: {
                name: {
                  type: "string",
                  id: 4
                },
                filter: {
                  type: "string",
                  id: 1
                },
                pageSize: {
                  type: "int32",
                  id: 2
                },
                pageToken: {
                  type: "string",
                  id: 3
                }
              }
            },
            ListOperationsResponse: {
              fields: {
                operations: {
                  rule: "repeated",
                  type: "Operation",
                  id: 1
                },
                nextPageToken: {
                  type: "string",
                  id: 2
                }
              }
            },
            CancelOperationRequest: {
              fields: {
                name: {
                  type: "string",
                  id: 1
                }
              }
            },
            DeleteOperationRequest: {
              fields: {
                name: {
                  type: "string",
                  id: 1
                }
              }
            },
            WaitOperationRequest: {
              fields: {
                name: {
                  type: "string",
                  id: 1
                },
                timeout: {
                  type: "google.protobuf.Duration",
                  id: 2
                }
              }
            },
            OperationInfo: {
              fields: {
                responseType: {
                  type: "string",
                  id: 1
                },
                metadataType: {
                  type: "string",
                  id: 2
                }
              }
            }
          }
        },
        rpc: {
          options: {
            cc_enable_arenas: true,
            go_package: "google.golang.org/genproto/googleapis/rpc/status;status",
            java_multiple_files: true,
            java_outer_classname: "StatusProto",
            java_package: "com.google.rpc",
            objc_class_prefix: "RPC"
          },
          nested: {
            Status: {
              fields: {
                code: {
                  type: "int32",
                  id: 1
                },
                message: {
                  type: "string",
                  id: 2
                },
                details: {
                  rule: "repeated",
                  type: "google.protobuf.Any",
                  id: 3
                }
              }
            }
          }
        }
      }
    }
  }
};
export {
  protos_default as default
};
