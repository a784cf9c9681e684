const directSocketHost = "127.0.0.1:5173/";
const wsToken = "aWq4JJE_T9S3";
const transport = normalizeModuleRunnerTransport(
