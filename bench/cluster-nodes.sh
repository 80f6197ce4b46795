#!/bin/sh
# The nodes of bench/ClusterThroughput.java, started as README "Running a cluster" tells deployers, on one machine:
# a BBB sandbox on its own Payara Micro (8090), two clustered nodes A (8081) and B (8082) on PostgreSQL, and a node
# C (8083) on the same database with --nocluster. Run from the repository's root after `mvn package`; the database
# (default bench_cluster) must exist: createdb -h 127.0.0.1 -U postgres bench_cluster. Logs ($name.out) and pids in $WORK.
#   sh bench/cluster-nodes.sh start      sh bench/cluster-nodes.sh stop
set -e
WORK=${WORK:-target/bench-cluster}
DB=${DB:-bench_cluster}
MICRO="nice -n 10 java -Xss1m -XX:+UseSerialGC -Dhazelcast.socket.bind.any=false -jar target/payara-micro.jar"
COMMON="--deploy target/bbb-rooms.war --contextroot / --disablephonehome --logproperties server-config/logging.properties"
DATABASE="--addlibs target/drivers/postgresql.jar --postbootcommandfile server-config/postgresql.asadmin"
GRID="--clustername bench-rooms --clustermode tcpip:127.0.0.1:6960,127.0.0.1:6961 --interfaces 127.0.0.1 --startport 6960 --nohostaware"

ready() {
    until curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready"; do sleep 1; done
}

launch() { # name port extra-environment options...
    name=$1 port=$2 extra=$3
    shift 3
    mkdir -p "$WORK"
    env $extra $MICRO --rootdir "$WORK/$name" --port "$port" $COMMON "$@" >"$WORK/$name.out" 2>&1 &
    echo $! >"$WORK/$name.pid"
}

case "$1" in
start)
    launch sandbox 8090 "BBB_SANDBOX_ENABLED=true BBB_SANDBOX_SECRET=bench-sandbox-secret \
BBB_SANDBOX_CONTROL_TOKEN=${BBB_SANDBOX_CONTROL_TOKEN:-bench-token}" --nocluster
    export BBB_DATASOURCE=jdbc/bbb-rooms BBB_DB_HOST=127.0.0.1 BBB_DB_PORT=5432 BBB_DB_NAME=$DB \
        BBB_DB_USER=postgres BBB_DB_PASSWORD=bench \
        BBB_SERVER_URL=http://127.0.0.1:8090/sandbox/bigbluebutton BBB_SERVER_SECRET=bench-sandbox-secret \
        BBB_SECRET_KEY=ZGV2ZWxvcG1lbnQgb25seTogbXZuIC1QcnVuIGtleSE= BBB_PLATFORM_ROOM=true BBB_PERSONAL_ROOMS=true
    # the first node alone on the new database: it migrates it and writes the demo data
    launch node-a 8081 BBB_DEMO_DATA=true $DATABASE --name bench-a $GRID
    ready 8090
    ready 8081
    launch node-b 8082 BBB_DEMO_DATA=false $DATABASE --name bench-b $GRID
    launch node-c 8083 BBB_DEMO_DATA=false $DATABASE --nocluster
    ready 8082
    ready 8083
    grep -h -o 'The nodes share their state.*\|No data grid.*' "$WORK"/node-*.out || true
    ;;
stop)
    for name in node-c node-b node-a sandbox; do
        [ -f "$WORK/$name.pid" ] && kill "$(cat "$WORK/$name.pid")" 2>/dev/null || true
        rm -f "$WORK/$name.pid"
    done
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
