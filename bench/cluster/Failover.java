public class Failover { public static void main(String[] a) { System.out.println("stub"); } }
