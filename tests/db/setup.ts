// Every module that uses the app's `db` talks to the test database.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
process.env.DATABASE_POOL_SIZE ??= "4";
