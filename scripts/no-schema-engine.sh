#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on this project's machines.
# `prisma generate|validate|format` only need the file to exist; anything that would run it stops here.
echo "prisma: the native schema engine is not available here. Apply migrations with 'npm run db:migrate' and write new ones with 'npm run db:new-migration -- <name>'." >&2
exit 1
